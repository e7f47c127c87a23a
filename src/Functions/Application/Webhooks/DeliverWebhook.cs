using System.Diagnostics;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>
/// Makes one try of a delivery: signs the stored body with the endpoint's secret and the current time,
/// posts it, and records the answer. A failure queues the next try after the schedule's back-off (the
/// message stays invisible until then); a day of failures gives up, disables the endpoint and tells the
/// owner. A copy of a message for a try already made (or a delivery already finished) does nothing,
/// and of two copies racing, only the one that records its try first schedules the next.
/// </summary>
public sealed partial class DeliverWebhook(
    IWebhookDeliveries deliveries, ITenantResources<WebhookEndpoint> endpoints, WebhookSecrets secrets, IWebhookSender sender,
    IMessageScheduler scheduler, DisableWebhookEndpoint disable, IOptions<WebhookOptions> options, IClock clock, ILogger<DeliverWebhook> logger)
{
    public async Task ExecuteAsync(WebhookDeliveryDue due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var delivery = await deliveries.FindAsync(due.TenantId, due.DeliveryId, cancellationToken);
        if (delivery is not { State: DeliveryState.Pending } || delivery.NextAttempt != due.Attempt)
        {
            return;
        }

        var settings = options.Value;
        if ((await endpoints.FindAsync(due.TenantId, delivery.EndpointId, cancellationToken))?.Value is not { IsEnabled: true } endpoint)
        {
            await deliveries.TryUpdateAsync(due.TenantId, delivery.Abandon(), settings.DeliveryRetention, cancellationToken);
            return;
        }

        var outcome = delivery.Record(await TryAsync(due, delivery, endpoint, cancellationToken), settings.Schedule);
        if (await deliveries.TryUpdateAsync(due.TenantId, outcome.Delivery, settings.DeliveryRetention, cancellationToken) is null)
        {
            return;
        }

        switch (outcome)
        {
            case DeliveryOutcome.RetryAt retry:
                var next = new WebhookDeliveryDue(due.TenantId, delivery.Id, due.Attempt + 1);
                var now = clock.GetCurrentInstant();
                await scheduler.ScheduleAsync(next.ToMessage(now), Duration.Max(Duration.Zero, retry.At - now), cancellationToken);
                break;
            case DeliveryOutcome.GaveUp:
                LogGaveUp(logger, delivery.Id, endpoint.Id, due.TenantId, due.Attempt);
                await disable.ExecuteAsync(due.TenantId, endpoint.Id, outcome.Delivery, cancellationToken);
                break;
        }
    }

    private async Task<DeliveryAttempt> TryAsync(WebhookDeliveryDue due, WebhookDelivery delivery, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var at = clock.GetCurrentInstant();
        var headers = new Dictionary<string, string>
        {
            [WebhookSignature.IdHeader] = delivery.EventId,
            [WebhookSignature.EventHeader] = Domain.Events.BookingEventTypes.Name(delivery.Kind),
            [WebhookSignature.Header] = WebhookSignature.Sign(secrets.Open(due.TenantId, endpoint), at.ToUnixTimeSeconds(), delivery.Body),
        };
        var started = Stopwatch.GetTimestamp();
        var answer = await sender.PostAsync(new WebhookPost(endpoint.Url, delivery.Body, headers), cancellationToken);
        return new DeliveryAttempt(due.Attempt, at, answer.StatusCode, answer.Error, Duration.FromTimeSpan(Stopwatch.GetElapsedTime(started)), answer.Excerpt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} of tenant {TenantId} failed {Attempts} tries over the retry period; the endpoint is disabled")]
    private static partial void LogGaveUp(ILogger logger, string deliveryId, string endpointId, string tenantId, int attempts);
}
