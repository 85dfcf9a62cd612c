namespace ReviewEngine.Web.Identity;

/// <summary>
/// Sign-in and the signed-in person: cookie and bearer authentication on one identity store, login throttling, and
/// <see cref="CurrentViewer"/> (served from Infrastructure's viewer cache, ADR 0016).
/// </summary>
public static class IdentityFeature
{
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services, IConfiguration config)
    {
        services.AddReviewEngineAuthentication();
        services.AddSingleton(new LoginThrottle(config.GetSection("Security:Login").Get<LoginThrottleOptions>() ?? new LoginThrottleOptions()));
        services.AddScoped<LoginAttempts>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentViewer>();
        return services;
    }
}
