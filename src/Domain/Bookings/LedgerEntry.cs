using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// One booking's claim on a staff member's day: the instants it blocks, buffers included.
/// A claim is written tentative, with an expiry, so that a booking whose appointment was never
/// written frees its slot by itself; <see cref="ExpiresAt"/> null means settled for good.
/// </summary>
public sealed record LedgerEntry
{
    public LedgerEntry(string bookingId, Instant start, Instant end, Instant? expiresAt, string fingerprint)
    {
        BookingId = Preconditions.CheckNotBlank(bookingId, nameof(bookingId));
        Fingerprint = Preconditions.CheckNotBlank(fingerprint, nameof(fingerprint));
        Preconditions.CheckArgument(end > start, nameof(end), "must be after start.");
        Start = start;
        End = end;
        ExpiresAt = expiresAt;
    }

    public string BookingId { get; }

    public Instant Start { get; }

    public Instant End { get; }

    public Instant? ExpiresAt { get; }

    /// <summary>Identifies the request that made the claim, so a retry is told apart from a reused key.</summary>
    public string Fingerprint { get; }

    /// <summary>True while the claim holds by itself, without asking the appointment.</summary>
    public bool IsLiveAt(Instant now) => ExpiresAt is null || ExpiresAt > now;

    public LedgerEntry Settled() => new(BookingId, Start, End, expiresAt: null, Fingerprint);

    public BusyInterval ToBusyInterval() => BusyInterval.Booking(Start, End);
}
