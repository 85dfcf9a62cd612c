namespace ReviewEngine.Web.Pages;

/// <summary>What the error page says for a status code: a title and what the person can do next, in Chinese.</summary>
public sealed record ErrorText(string Title, string Explanation)
{
    public static ErrorText For(int code) => code switch
    {
        400 => new("请求有误", "提交的内容无法处理，请返回上一页检查后重试。"),
        403 => new("无权访问", "您的账号没有打开此页面或执行此操作的权限。如确需办理，请联系本单位管理员分配相应角色。"),
        404 => new("页面不存在", "您要打开的页面或案件不存在，可能地址有误，或案件已不在您的查看范围内。"),
        409 => new("操作冲突", "该案件已被他人同时修改，请返回案件页面刷新后重试。"),
        413 => new("文件过大", "上传的文件超过大小上限，请压缩或拆分后重试。"),
        422 => new("无法办理", "当前状态下不能执行此操作，请返回案件页面查看。"),
        >= 500 => new("系统出错", "处理您的请求时系统出错，已记录在日志中。请稍后重试；如仍不成功，请联系系统管理员。"),
        _ => new("请求未能完成", "请返回上一页后重试。"),
    };
}
