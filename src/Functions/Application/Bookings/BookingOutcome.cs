using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Every way a booking command can end; the HTTP layer maps each to one response.</summary>
public abstract record BookingOutcome
{
    private BookingOutcome()
    {
    }

    /// <summary>The booking as it now stands; <paramref name="Created"/> when this call (or its retry) created it.</summary>
    public sealed record Done(AppointmentDocument Appointment, bool Created) : BookingOutcome;

    public sealed record NotFound(string Detail) : BookingOutcome;

    /// <summary>The start cannot be booked for a reason other than another booking.</summary>
    public sealed record NotBookable(BookingRejection Reason) : BookingOutcome;

    public sealed record SlotTaken(IReadOnlyList<AvailableSlot> Alternatives) : BookingOutcome;

    public sealed record KeyReused : BookingOutcome;

    public sealed record Contended : BookingOutcome;

    public sealed record InvalidState(string Detail) : BookingOutcome;
}
