using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Web.Api;

/// <summary>
/// Requests the framework cannot bind (malformed or oversize JSON, invalid UTF-8, a query value of the wrong type,
/// a body over the limit) and domain refusals that escape a handler are answered with their 4xx and a Chinese
/// message instead of the exception handler's default 500. Anything else still reaches the default handler.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "请求有误", Describe(bad)),
            DomainException domain => (ApiErrors.StatusFor(domain), "输入有误", domain.Message),
            _ => (0, "", ""),
        };
        if (status is < 400 or >= 500 || context.Response.HasStarted)
        {
            return false;
        }

        context.Response.StatusCode = status;
        if (!Hosting.ErrorResponses.IsApi(context))
        {
            // A page: the status code pages show the Chinese error page with this message (same HttpContext).
            context.Items[Pages.ErrorModel.DetailItem] = detail;
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Describe(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "请求正文超过大小上限",
        StatusCodes.Status415UnsupportedMediaType => "请求正文须为 application/json",
        _ => bad.InnerException switch
        {
            JsonException json when IsEncodingError(json) => $"请求正文不是有效的 UTF-8 JSON（位置 {json.Path ?? "$"}）",
            JsonException { Path: { } path } => $"请求正文不是有效的 JSON，或字段类型不符（位置 {path}）",
            JsonException => "请求正文不是有效的 JSON",
            DecoderFallbackException => "请求正文不是有效的 UTF-8 文本",
            _ when bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) => $"参数格式有误：{ParameterOf(bad.Message)}",
            _ when bad.Message.Contains("no body was provided", StringComparison.Ordinal) => "缺少请求正文（JSON）",
            _ when bad.Message.StartsWith("Required parameter", StringComparison.Ordinal) => $"缺少必填参数：{ParameterOf(bad.Message)}",
            _ => "请求无法解析",
        },
    };

    private static bool IsEncodingError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DecoderFallbackException || ex.Message.Contains("UTF-8", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // 'Failed to bind parameter "Nullable<int> page" from "abc".' → 'page（收到 "abc"）'; no type names leak out.
    private static string ParameterOf(string message)
    {
        var quoted = message.Split('"');
        if (quoted.Length < 2)
        {
            return "";
        }

        var name = quoted[1].Split(' ')[^1];
        return quoted.Length >= 4 ? $"{name}（收到 \"{quoted[3]}\"）" : name;
    }
}
