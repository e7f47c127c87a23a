namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>How current the busy time a slot search took from one staff member's calendar is.</summary>
public enum CalendarBusyStatus
{
    /// <summary>From an answer within the cache time: the calendar's busy time is subtracted.</summary>
    Current,

    /// <summary>The calendar did not answer in time: an older answer's busy time is subtracted.</summary>
    Stale,

    /// <summary>The calendar did not answer in time and nothing is known: no busy time is subtracted.</summary>
    Unavailable,

    /// <summary>The connection needs a reconnect: the calendar is not consulted.</summary>
    Disconnected,
}
