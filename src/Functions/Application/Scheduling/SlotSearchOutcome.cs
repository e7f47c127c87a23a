using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Calendar;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>How a slot search ended.</summary>
public abstract record SlotSearchOutcome
{
    private SlotSearchOutcome()
    {
    }

    /// <summary>The free starts of <paramref name="Service"/>, ascending, and how current each connected staff calendar's busy time was.</summary>
    public sealed record Found(Service Service, IReadOnlyList<AvailableSlot> Slots, IReadOnlyList<CalendarBusyState> Calendars) : SlotSearchOutcome;

    /// <summary>The service or staff member asked for does not exist or is not bookable.</summary>
    public sealed record NotFound(string Detail) : SlotSearchOutcome;
}
