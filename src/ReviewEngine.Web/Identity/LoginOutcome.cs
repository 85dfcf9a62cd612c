namespace ReviewEngine.Web.Identity;

public enum LoginOutcome
{
    SignedIn,
    WrongCredentials,
    Disabled,
    AccountLockedOut,
    AddressThrottled,
}

public static class LoginOutcomeMessages
{
    public static string Message(this LoginOutcome outcome, LoginThrottleOptions options) => outcome switch
    {
        LoginOutcome.WrongCredentials => "用户名或密码错误",
        LoginOutcome.Disabled => "账号已停用，请联系管理员",
        LoginOutcome.AccountLockedOut => "登录失败次数过多，账号已暂时锁定，请 15 分钟后再试，或请管理员解锁",
        LoginOutcome.AddressThrottled => $"本机登录失败次数过多，请 {options.WindowMinutes} 分钟后再试",
        _ => "",
    };

    public static int StatusCode(this LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.Disabled => StatusCodes.Status403Forbidden,
        LoginOutcome.AccountLockedOut => StatusCodes.Status423Locked,
        LoginOutcome.AddressThrottled => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status401Unauthorized,
    };
}
