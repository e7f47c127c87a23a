using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// A half-open period [Start, End) on the instant timeline in which a staff member is occupied.
/// For a booking it spans the service's buffers too, since they keep the staff member busy.
/// </summary>
public sealed record BusyInterval
{
    private BusyInterval(Instant start, Instant end, BusyKind kind, Instant? expiresAt)
    {
        Preconditions.CheckArgument(end > start, nameof(end), "must be after start.");
        Start = start;
        End = end;
        Kind = kind;
        ExpiresAt = expiresAt;
    }

    /// <summary>The first instant of the occupancy.</summary>
    public Instant Start { get; }

    /// <summary>The first instant after the occupancy.</summary>
    public Instant End { get; }

    /// <summary>What occupies the staff member.</summary>
    public BusyKind Kind { get; }

    /// <summary>For a hold, when it stops blocking; otherwise null.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>A booking.</summary>
    public static BusyInterval Booking(Instant start, Instant end) => new(start, end, BusyKind.Booking, null);

    /// <summary>An unpaid hold that blocks until <paramref name="expiresAt"/>.</summary>
    public static BusyInterval Hold(Instant start, Instant end, Instant expiresAt) => new(start, end, BusyKind.Hold, expiresAt);

    /// <summary>A busy period from an external calendar.</summary>
    public static BusyInterval External(Instant start, Instant end) => new(start, end, BusyKind.External, null);

    /// <summary>Whether this blocks other bookings at <paramref name="now"/> (an expired hold does not).</summary>
    public bool BlocksAt(Instant now) => Kind != BusyKind.Hold || ExpiresAt > now;

    /// <summary>Whether it counts towards "least booked" when assigning "any staff" (external time does not).</summary>
    internal bool IsAppointment => Kind != BusyKind.External;
}
