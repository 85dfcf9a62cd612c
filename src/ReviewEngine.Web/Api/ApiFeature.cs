namespace ReviewEngine.Web.Api;

/// <summary>The JSON API's services: serialisation, idempotent submission, error bodies and the OpenAPI document.</summary>
public static class ApiFeature
{
    public static IServiceCollection AddApiFeature(this IServiceCollection services)
    {
        // Enums travel as camelCase names ("partiallyAdopted"), and numbers are still read, as before.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddSingleton<IdempotentSubmissions>();
        services.AddOpenApi();
        services.AddProblemDetails();
        // Unbindable requests reach BadRequestExceptionHandler in every environment, so the 400 carries a message.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }
}
