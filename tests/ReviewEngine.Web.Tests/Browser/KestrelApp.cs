using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>The app on real Kestrel at 127.0.0.1 (a free port), for a real browser.</summary>
public sealed class KestrelApp : IDisposable
{
    public KestrelApp()
    {
        App = new ReviewEngineApp();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public ReviewEngineApp App { get; }

    public string BaseUrl { get; }

    public void Dispose() => App.Dispose();
}
