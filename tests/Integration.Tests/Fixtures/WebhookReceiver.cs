using System.Collections.Concurrent;
using AppointmentBooking.LocalHost.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>
/// A tenant's system that receives outgoing webhooks, on loopback: each path answers the statuses
/// scripted for it in turn, then 200. Every post is recorded (body and headers) by FakeServer.
/// </summary>
public sealed class WebhookReceiver : FakeServer
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> scripts = new(StringComparer.Ordinal);

    /// <summary>A new receiving URL whose first posts get <paramref name="statuses"/>.</summary>
    public Uri Hook(params int[] statuses)
    {
        var path = $"/hooks/{Guid.NewGuid():N}";
        scripts[path] = new ConcurrentQueue<int>(statuses);
        return new Uri(BaseAddress, path.TrimStart('/'));
    }

    public IReadOnlyList<RecordedRequest> PostsTo(Uri hook) => [.. Requests.Where(r => r.Path == hook.AbsolutePath)];

    protected override void MapRoutes(WebApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        application.MapPost("/hooks/{id}", (HttpContext context) =>
            Results.StatusCode(scripts.TryGetValue(context.Request.Path.Value!, out var script) && script.TryDequeue(out var status) ? status : 200));
    }
}
