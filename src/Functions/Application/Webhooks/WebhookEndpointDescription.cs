using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Webhooks;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>An endpoint's fields as text for the audit trail: never its secret.</summary>
public static class WebhookEndpointDescription
{
    public static IReadOnlyDictionary<string, string?> Of(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new Dictionary<string, string?>
        {
            ["url"] = endpoint.Url.AbsoluteUri,
            ["events"] = endpoint.Events.Count == 0 ? "*" : string.Join(", ", endpoint.Events.Order().Select(BookingEventTypes.Name)),
            ["description"] = endpoint.Description,
            ["enabled"] = endpoint.IsEnabled ? "true" : "false",
        };
    }
}
