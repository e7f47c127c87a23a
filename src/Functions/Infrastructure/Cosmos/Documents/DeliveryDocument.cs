using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Webhooks;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One event's delivery to one webhook endpoint with every try; kept for the deliveries' retention (TTL).</summary>
public sealed record DeliveryDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Delivery;

    public required string EndpointId { get; init; }

    public required string EventId { get; init; }

    public required BookingEventKind Kind { get; init; }

    public required string Body { get; init; }

    public required Instant CreatedAt { get; init; }

    /// <summary>Creation time and id in one sortable text, the keyset cursor of the newest-first listing.</summary>
    public required string SortKey { get; init; }

    public required DeliveryState State { get; init; }

    public IReadOnlyList<DeliveryAttemptDocument> Attempts { get; init; } = [];
}
