using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// Where a booking sits: the staff member, the local date whose ledger holds its claim, the
/// customer's appointment (<see cref="Start"/> to <see cref="End"/>) and the staff time it blocks,
/// buffers included (<see cref="BlockStart"/> to <see cref="BlockEnd"/>).
/// </summary>
public sealed record SlotPlacement
{
    /// <summary>Creates a placement; the block must contain the appointment.</summary>
    /// <param name="staffId">Who performs the service.</param>
    /// <param name="date">The tenant-local date of the start: the day ledger that holds the claim.</param>
    /// <param name="start">The appointment's start.</param>
    /// <param name="end">The appointment's end.</param>
    /// <param name="blockStart">The first instant of staff time blocked, the buffer before included.</param>
    /// <param name="blockEnd">The end of the staff time blocked, the buffer after included.</param>
    public SlotPlacement(string staffId, LocalDate date, Instant start, Instant end, Instant blockStart, Instant blockEnd)
    {
        StaffId = Preconditions.CheckNotBlank(staffId, nameof(staffId));
        Preconditions.CheckArgument(end > start, nameof(end), "must be after start.");
        Preconditions.CheckArgument(blockStart <= start && blockEnd >= end, nameof(blockStart), "the block must contain the appointment.");
        Date = date;
        Start = start;
        End = end;
        BlockStart = blockStart;
        BlockEnd = blockEnd;
    }

    /// <summary>Who performs the service.</summary>
    public string StaffId { get; }

    /// <summary>The tenant-local date of the start.</summary>
    public LocalDate Date { get; }

    /// <summary>The appointment's start.</summary>
    public Instant Start { get; }

    /// <summary>The appointment's end.</summary>
    public Instant End { get; }

    /// <summary>The first instant of staff time blocked.</summary>
    public Instant BlockStart { get; }

    /// <summary>The end of the staff time blocked.</summary>
    public Instant BlockEnd { get; }

    /// <summary>The placement of <paramref name="service"/> starting at <paramref name="start"/>, its buffers around it.</summary>
    public static SlotPlacement Of(Service service, string staffId, Instant start, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(zone);
        var end = start + service.Duration;
        return new SlotPlacement(staffId, start.InZone(zone).Date, start, end, start - service.BufferBefore, end + service.BufferAfter);
    }

    /// <summary>The ledger claim of this placement for a booking.</summary>
    public LedgerEntry ToClaim(string bookingId, Instant? expiresAt, string fingerprint) =>
        new(bookingId, BlockStart, BlockEnd, expiresAt, fingerprint);

    /// <summary>Whether <paramref name="claim"/> is exactly this placement's block.</summary>
    public bool IsHeldBy(LedgerEntry claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Start == BlockStart && claim.End == BlockEnd;
    }
}
