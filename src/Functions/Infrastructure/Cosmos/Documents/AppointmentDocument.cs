using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Products;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A booking; id = booking id, which derives from the client's Idempotency-Key.</summary>
public sealed record AppointmentDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Appointment;

    public required BookingStatus Status { get; init; }

    public required string ServiceId { get; init; }

    public required string StaffId { get; init; }

    public required Instant Start { get; init; }

    public required Instant End { get; init; }

    /// <summary>The ledger claim: start and end with the service's buffers.</summary>
    public required Instant BlockStart { get; init; }

    public required Instant BlockEnd { get; init; }

    public required LocalDate LocalDate { get; init; }

    public required string TimeZone { get; init; }

    public required string CustomerId { get; init; }

    public required CustomerSnapshot Customer { get; init; }

    public required long PriceMinor { get; init; }

    public required long DepositMinor { get; init; }

    public required string Currency { get; init; }

    public Instant? HoldExpiresAt { get; init; }

    /// <summary>Hash of the create request, to answer a retry and refuse a reused key.</summary>
    public required string Fingerprint { get; init; }

    public required Instant CreatedAt { get; init; }

    public Instant? CancelledAt { get; init; }

    public bool? RefundEligible { get; init; }

    public int RescheduleCount { get; init; }

    public IReadOnlyList<BookedProductDocument> Products { get; init; } = [];

    public ProductCharge ProductCharge { get; init; }

    /// <summary>The products' total in minor units: a plain number the dashboard's projection reads.</summary>
    public long ProductsMinor { get; init; }

    /// <summary>Messages the booking implies that their consumers have not acknowledged yet.</summary>
    public IReadOnlyList<PendingMessageDocument> Outbox { get; init; } = [];

    /// <summary>Reminders already dealt with, one mark per lead and channel.</summary>
    public IReadOnlyList<string> Reminders { get; init; } = [];

    /// <summary>Whether <see cref="Outbox"/> holds anything: a plain field the relay's query can filter on.</summary>
    public bool OutboxPending { get; init; }
}
