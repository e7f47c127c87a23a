using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// An action waiting for the customer's confirmation code. <see cref="Kind"/> is <c>book</c>, <c>cancel</c>
/// or <c>reschedule</c>; the fields that kind does not use are null.
/// </summary>
public sealed record PendingConfirmationDocument
{
    public required string Code { get; init; }

    public required string Kind { get; init; }

    public int IssuedInTurn { get; init; }

    public required Instant ExpiresAt { get; init; }

    public int FailedAttempts { get; init; }

    public string? ServiceId { get; init; }

    public string? StaffId { get; init; }

    public Instant? Start { get; init; }

    public CustomerSnapshot? Customer { get; init; }

    public string? BookingId { get; init; }
}
