using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Scheduling;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>How a claim ended.</summary>
public abstract record ClaimResult
{
    private ClaimResult()
    {
    }

    /// <summary>The booking's claim now holds <see cref="Placement"/> (written now, or found from an earlier try).</summary>
    public sealed record Claimed(SlotPlacement Placement) : ClaimResult;

    /// <summary>
    /// No candidate can take the start; <see cref="Reason"/> is the most telling rule that failed, and
    /// <see cref="DayRead"/> the candidates' ledgers of that day as the refusal read them (for alternatives).
    /// </summary>
    public sealed record Refused(BookingRejection Reason, IReadOnlyList<ResolvedLedger> DayRead) : ClaimResult;

    /// <summary>The booking already holds a live claim at another start: it was made earlier under this key and moved since.</summary>
    public sealed record HeldElsewhere : ClaimResult;

    /// <summary>The key was used before for a different request.</summary>
    public sealed record KeyReused : ClaimResult;

    /// <summary>Every attempt lost a write race; nothing was claimed.</summary>
    public sealed record Contended : ClaimResult;
}
