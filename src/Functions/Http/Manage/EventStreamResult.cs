using System.Diagnostics;
using System.Text.Json;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>
/// Writes a tenant's events as server-sent events while the client stays (and at most the stream's
/// lifetime): each event with the feed position after it as its id, so a reconnect's Last-Event-ID
/// resumes right after it on any instance; a comment when idle for the heartbeat interval, so proxies
/// keep the connection. Data carries the customer's name, never their e-mail or phone. Works the same
/// in the Functions host (ASP.NET Core integration streams the response) and in the local host.
/// </summary>
internal sealed partial class EventStreamResult(LiveEvents live, OpenStreams open, string tenantId, Member member, string position, DashboardOptions settings)
    : IActionResult
{
    public const string ContentType = "text/event-stream";
    private const int RetryMilliseconds = 2000;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        using var tracked = open.Track();
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        lifetime.CancelAfter(TimeSpan.FromMinutes(settings.StreamMinutes));
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ContentType;
        http.Response.Headers.CacheControl = "no-cache";
        // Proxies that buffer (nginx) would hold events back.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await WriteAsync(http, $"retry: {RetryMilliseconds}\n: connected\n\n", lifetime.Token);
            var quietSince = Stopwatch.GetTimestamp();
            await foreach (var update in live.FollowAsync(tenantId, member, position, lifetime.Token))
            {
                if (update is LiveUpdate.Happened happened)
                {
                    await WriteAsync(http, Frame(happened.Event, happened.Position), lifetime.Token);
                    quietSince = Stopwatch.GetTimestamp();
                }
                else if (Stopwatch.GetElapsedTime(quietSince).TotalSeconds >= settings.HeartbeatSeconds)
                {
                    await WriteAsync(http, ": keep-alive\n\n", lifetime.Token);
                    quietSince = Stopwatch.GetTimestamp();
                }
            }
        }
        catch (Exception exception) when (lifetime.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client left, or the stream's lifetime is over: EventSource reconnects with the last id.
        }
        catch (Exception exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            // Headers are gone: end the stream, and the client reconnects where it was.
            LogFailed(http.RequestServices.GetRequiredService<ILogger<EventStreamResult>>(), exception, tenantId);
        }
    }

    private static string Frame(BookingEvent bookingEvent, string id) =>
        $"id: {id}\nevent: {BookingEventTypes.Name(bookingEvent.Kind)}\ndata: {JsonSerializer.Serialize(EventPayload.Of(bookingEvent, withContact: false), AppJson.Options)}\n\n";

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync(text, cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The event stream of tenant {TenantId} failed; the client will reconnect")]
    private static partial void LogFailed(ILogger logger, Exception exception, string tenantId);
}
