using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Calendar;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>Free starts, and how current the busy time from staff calendars behind them was.</summary>
public sealed record SlotAvailability(IReadOnlyList<AvailableSlot> Slots, IReadOnlyList<CalendarBusyState> Calendars)
{
    public static SlotAvailability None { get; } = new([], []);
}
