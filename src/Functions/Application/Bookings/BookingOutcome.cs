using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Every way a booking command can end; the HTTP layer maps each to one response.</summary>
public abstract record BookingOutcome
{
    private BookingOutcome()
    {
    }

    /// <summary>The booking as it now stands; <paramref name="Created"/> when this call (or its retry) created it.</summary>
    public sealed record Done(Appointment Appointment, bool Created) : BookingOutcome;

    /// <summary>The booking, service or staff member asked for does not exist (for this caller).</summary>
    public sealed record NotFound(string Detail) : BookingOutcome;

    /// <summary>The start cannot be booked for a reason other than another booking.</summary>
    public sealed record NotBookable(BookingRejection Reason) : BookingOutcome;

    /// <summary>Another booking holds the time; the nearest free starts are offered instead.</summary>
    public sealed record SlotTaken(IReadOnlyList<AvailableSlot> Alternatives) : BookingOutcome;

    /// <summary>The Idempotency-Key was used before for a different request.</summary>
    public sealed record KeyReused : BookingOutcome;

    /// <summary>Too many simultaneous writers; retrying later with the same key is safe.</summary>
    public sealed record Contended : BookingOutcome;

    /// <summary>A deposit is due but the tenant cannot take deposits right now; nothing was written.</summary>
    public sealed record PaymentsUnavailable(string Detail) : BookingOutcome;

    /// <summary>Not enough of a product is left (or it went off sale); the slot was given back and nothing was written.</summary>
    public sealed record ProductUnavailable(string Detail) : BookingOutcome;

    /// <summary>The booking's state does not allow the change; <paramref name="Detail"/> says why.</summary>
    public sealed record InvalidState(string Detail) : BookingOutcome;

    /// <summary>The answer to a transition: the booking as it stands, or why the change was refused.</summary>
    public static BookingOutcome Of(AppointmentTransition transition) => transition switch
    {
        AppointmentTransition.Refused refused => new InvalidState(refused.Reason),
        AppointmentTransition.Unchanged unchanged => new Done(unchanged.Appointment, Created: false),
        AppointmentTransition.Changed changed => new Done(changed.Appointment, Created: false),
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };
}
