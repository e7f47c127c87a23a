using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps webhook endpoints to their stored form and back; events are stored under their published names.</summary>
internal static class WebhookEndpointMapper
{
    public static WebhookEndpoint ToDomain(WebhookEndpointDocument document) => new(
        document.Id,
        new Uri(document.Url),
        document.Events.Select(name => BookingEventTypes.TryParse(name, out var kind) ? kind.Value
            : throw new Domain.Common.DomainValidationException("events", $"holds an unknown event '{name}'.")),
        new SealedSecret(document.SealedSecret),
        document.CreatedAt,
        document.Description,
        document is { DisabledReason: { } reason, DisabledAt: { } at } ? new EndpointDisabled(reason, at) : null);

    public static WebhookEndpointDocument ToDocument(string tenantId, WebhookEndpoint endpoint, string? version) => new()
    {
        Id = endpoint.Id,
        TenantId = tenantId,
        Url = endpoint.Url.AbsoluteUri,
        Events = [.. endpoint.Events.Order().Select(BookingEventTypes.Name)],
        SealedSecret = endpoint.Secret.Ciphertext,
        CreatedAt = endpoint.CreatedAt,
        Description = endpoint.Description,
        DisabledReason = endpoint.Disabled?.Reason,
        DisabledAt = endpoint.Disabled?.At,
        ETag = version,
    };
}
