using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Webhooks;

/// <summary>
/// An organisation's optional webhook: every notification addressed to it (or to one of its users) is POSTed as JSON
/// to <see cref="Url"/>. Only http(s) URLs are accepted; switching it off keeps the address for later.
/// </summary>
public sealed class OrganisationWebhook
{
    private OrganisationWebhook()
    {
        OrganisationId = Url = UpdatedBy = "";
    }

    public OrganisationWebhook(string organisationId, string url, bool enabled, string updatedBy, DateTime nowUtc)
    {
        OrganisationId = organisationId;
        Url = UpdatedBy = "";
        Change(url, enabled, updatedBy, nowUtc);
    }

    public string OrganisationId { get; private set; }
    public string Url { get; private set; }
    public bool Enabled { get; private set; }
    public string UpdatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(string url, bool enabled, string updatedBy, DateTime nowUtc)
    {
        Url = Validate(url);
        Enabled = enabled;
        UpdatedBy = updatedBy;
        UpdatedAtUtc = nowUtc;
    }

    public static string Validate(string url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DomainException("Webhook 地址须为完整的 http:// 或 https:// 网址");
        }

        return uri.ToString();
    }
}
