using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>
/// A stand-in for an external HTTP API (a payment gateway, Google, an SMS provider, a model server) on a
/// loopback port: a small Kestrel app whose routes a subclass maps from the provider's documentation.
/// It records every request, so tests assert what the app sent; the app reaches it through the
/// same base-URL setting that points it at the real service in Azure. Only tests and the local host start fakes.
/// </summary>
public abstract class FakeServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private WebApplication? app;

    /// <summary>Where the fake listens, with a trailing slash.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Starts a fake on <paramref name="port"/> (0 picks a free one).</summary>
    public static async Task<TFake> StartAsync<TFake>(TFake fake, int port = 0, CancellationToken cancellationToken = default)
        where TFake : FakeServer
    {
        ArgumentNullException.ThrowIfNull(fake);
        await fake.StartAsync(port, cancellationToken);
        return fake;
    }

    public void ClearRequests() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Maps the provider's endpoints that the app calls.</summary>
    protected abstract void MapRoutes(WebApplication application);

    private async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        app = builder.Build();
        app.Use(RecordAsync);
        MapRoutes(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task RecordAsync(HttpContext context, Func<Task> next)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        await next();
    }
}
