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
    /// <summary>Creates a claim; the end must be after the start.</summary>
    /// <param name="bookingId">The booking that claims the time.</param>
    /// <param name="start">The first instant blocked, buffer included.</param>
    /// <param name="end">The instant the block ends, buffer included.</param>
    /// <param name="expiresAt">When the hold lapses unless its booking is confirmed; null when settled.</param>
    /// <param name="fingerprint">Identifies the request that made the claim.</param>
    public LedgerEntry(string bookingId, Instant start, Instant end, Instant? expiresAt, string fingerprint)
    {
        BookingId = Preconditions.CheckNotBlank(bookingId, nameof(bookingId));
        Fingerprint = Preconditions.CheckNotBlank(fingerprint, nameof(fingerprint));
        Preconditions.CheckArgument(end > start, nameof(end), "must be after start.");
        Start = start;
        End = end;
        ExpiresAt = expiresAt;
    }

    /// <summary>The booking that claims the time.</summary>
    public string BookingId { get; }

    /// <summary>The first instant blocked, buffer included.</summary>
    public Instant Start { get; }

    /// <summary>The instant the block ends, buffer included.</summary>
    public Instant End { get; }

    /// <summary>When the hold lapses unless its booking is confirmed; null when settled.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Identifies the request that made the claim, so a retry is told apart from a reused key.</summary>
    public string Fingerprint { get; }

    /// <summary>True while the claim holds by itself, without asking the appointment.</summary>
    public bool IsLiveAt(Instant now) => ExpiresAt is null || ExpiresAt > now;

    /// <summary>The same claim without an expiry: it blocks until it is removed.</summary>
    public LedgerEntry Settled() => new(BookingId, Start, End, expiresAt: null, Fingerprint);

    /// <summary>The claim as occupancy for slot search.</summary>
    public BusyInterval ToBusyInterval() => BusyInterval.Booking(Start, End);
}
