using ReviewEngine.Application.Common;

namespace ReviewEngine.Web.Api;

internal static class ApiInput
{
    public static byte[] Base64(string? value, string field)
    {
        try
        {
            return Convert.FromBase64String(value ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidInputException($"{field}: 不是有效的 Base64 内容");
        }
    }
}
