using System.Globalization;
using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>
/// Disables an endpoint whose delivery failed for the whole retry period, and tells the tenant's owner
/// by e-mail through the notifications queue (one NotificationRequested per disabling, by its key). A
/// notification is about a booking — its record, template values and acknowledgement hang on one — so
/// the notice names the booking of the delivery that failed; an event without a booking (a calendar
/// disconnection) sends none, and the disabled endpoint says why. Its pending deliveries are abandoned
/// as their tries come up. The owner enables it again by editing it.
/// </summary>
public sealed class DisableWebhookEndpoint(ITenantResources<WebhookEndpoint> endpoints, IMessagePublisher publisher, IClock clock)
{
    public async Task ExecuteAsync(string tenantId, string endpointId, WebhookDelivery failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var now = clock.GetCurrentInstant();
        WebhookEndpoint? disabled = null;
        await OptimisticRetry.RunUntilDoneAsync(RetryLimits.Document, async () =>
        {
            if (await endpoints.FindAsync(tenantId, endpointId, cancellationToken) is not { Value.IsEnabled: true } stored)
            {
                return true;
            }

            var changed = stored.Value.Disable(Reason(failed), now);
            if (await endpoints.TryUpdateAsync(tenantId, changed, stored.Version, cancellationToken) is null)
            {
                return false;
            }

            disabled = changed;
            return true;
        }, cancellationToken);
        if (disabled?.Disabled is { } when && BookingOf(failed) is { } bookingId)
        {
            await publisher.PublishAsync(Notice(tenantId, bookingId, endpointId, when.At), cancellationToken);
        }
    }

    private static string Reason(WebhookDelivery failed)
    {
        var last = failed.Attempts[^1];
        var answer = last.StatusCode is { } status ? $"HTTP {status.ToString(CultureInfo.InvariantCulture)}" : last.Error ?? "no answer";
        return $"{failed.Attempts.Count} tries of delivery {failed.Id} failed; the last answer was {answer}.";
    }

    private static string? BookingOf(WebhookDelivery failed) =>
        JsonSerializer.Deserialize<Events.EventPayload>(failed.Body, AppJson.Options)?.Data.Booking?.Id;

    private static PendingMessage Notice(string tenantId, string bookingId, string endpointId, Instant disabledAt)
    {
        var key = $"webhook/{endpointId}/disabled/{disabledAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}/owner/email";
        var request = new NotificationRequested(key, tenantId, bookingId, NotificationKind.WebhookDisabled, NotificationRecipient.Owner,
            NotificationChannel.Email, disabledAt, [], WebhookEndpointId: endpointId);
        return new PendingMessage(key, QueueNames.Notifications, JsonSerializer.Serialize(request, AppJson.Options), disabledAt);
    }
}
