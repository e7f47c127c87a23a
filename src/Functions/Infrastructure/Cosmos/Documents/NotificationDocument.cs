using AppointmentBooking.Domain.Notifications;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>One notification's record; the id hashes its de-duplication key, which holds characters ids cannot.</summary>
public sealed record NotificationDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Notification;

    public required string Key { get; init; }

    public required string BookingId { get; init; }

    public required NotificationKind Kind { get; init; }

    public required NotificationRecipient Recipient { get; init; }

    public required NotificationChannel Channel { get; init; }

    public required NotificationState State { get; init; }

    public required int Attempts { get; init; }

    /// <summary>The queue message whose deliveries may send it.</summary>
    public required string Owner { get; init; }

    public required Instant UpdatedAt { get; init; }

    public string? ProviderId { get; init; }

    public string? Detail { get; init; }
}
