using AppointmentBooking.Domain.Scheduling;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>Busy time from staff calendars for one slot search, and how current it is per calendar.</summary>
public sealed record ExternalBusyTime(IReadOnlyDictionary<string, IReadOnlyList<BusyInterval>> ByStaff, IReadOnlyList<CalendarBusyState> Calendars)
{
    /// <summary>No staff member of the search has a connected calendar.</summary>
    public static ExternalBusyTime None { get; } = new(new Dictionary<string, IReadOnlyList<BusyInterval>>(), []);

    /// <summary>The staff member's busy time from their calendar; none when not connected.</summary>
    public IReadOnlyList<BusyInterval> For(string staffId) => ByStaff.TryGetValue(staffId, out var busy) ? busy : [];
}
