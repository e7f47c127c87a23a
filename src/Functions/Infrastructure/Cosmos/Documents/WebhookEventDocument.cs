using AppointmentBooking.Domain.Payments;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A gateway notification the app handled, kept 30 days (TTL) so a redelivery does nothing.</summary>
public sealed record WebhookEventDocument : CosmosDocument
{
    public override string Type => DocumentTypes.WebhookEvent;

    public required PaymentGatewayKind Gateway { get; init; }

    public required string EventId { get; init; }

    public required Instant HandledAt { get; init; }
}
