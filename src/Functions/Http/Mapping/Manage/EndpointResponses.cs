using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Webhook endpoints and their deliveries in the shape owners see; the secret only when it is given.</summary>
public static class EndpointResponses
{
    public static WebhookEndpointResponse Of(WebhookEndpoint endpoint, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new WebhookEndpointResponse(
            endpoint.Id,
            endpoint.Url.AbsoluteUri,
            endpoint.Events.Count == 0 ? ["*"] : [.. endpoint.Events.Order().Select(BookingEventTypes.Name)],
            endpoint.Description,
            endpoint.IsEnabled,
            endpoint.Disabled?.Reason,
            endpoint.Disabled is { } disabled ? Text(disabled.At) : null,
            Text(endpoint.CreatedAt),
            secret);
    }

    public static DeliveryResponse Of(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new DeliveryResponse(
            delivery.Id,
            delivery.EventId,
            BookingEventTypes.Name(delivery.Kind),
            ApiEnums.Name(delivery.State),
            Text(delivery.CreatedAt),
            [.. delivery.Attempts.Select(a => new DeliveryAttemptResponse(
                a.Number, Text(a.At), a.StatusCode, a.Error, (long)a.Duration.TotalMilliseconds, a.ResponseExcerpt))]);
    }

    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
