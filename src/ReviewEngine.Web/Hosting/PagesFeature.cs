using ReviewEngine.Web.Pages.Shared;

namespace ReviewEngine.Web.Hosting;

/// <summary>The Razor Pages (Chinese UI): every folder behind sign-in except the login page, the layout's header, antiforgery.</summary>
public static class PagesFeature
{
    public static IServiceCollection AddPagesFeature(this IServiceCollection services)
    {
        services.AddScoped<LayoutHeader>();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Chinese text is written as is, not as &#x…; entities (still HTML-encoded where it matters).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }
}
