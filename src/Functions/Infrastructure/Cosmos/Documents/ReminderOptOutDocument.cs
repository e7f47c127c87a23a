using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A customer who asked the tenant to stop sending reminders; id derives from the customer id.</summary>
public sealed record ReminderOptOutDocument : CosmosDocument
{
    public override string Type => DocumentTypes.ReminderOptOut;

    public required string CustomerId { get; init; }

    public required Instant OptedOutAt { get; init; }
}
