using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Functions.Application.Bookings;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>How a confirmation ended.</summary>
public abstract record ConfirmResult
{
    private ConfirmResult()
    {
    }

    /// <summary>Nothing was done; <paramref name="Reason"/> says why.</summary>
    public sealed record Refused(ConfirmationCheck Reason) : ConfirmResult;

    /// <summary>The pending action ran through its use case and ended as <paramref name="Outcome"/>.</summary>
    public sealed record Executed(PendingAction Action, BookingOutcome Outcome) : ConfirmResult;
}
