namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>Settings under <c>Calendar:</c>: how the public slot search uses staff calendars.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>How long a staff member's busy time for a day, and the list of connected calendars, are used before asking again.</summary>
    public int BusyCacheSeconds { get; set; } = 60;

    /// <summary>
    /// How long a slot search waits for the calendars; one that has not answered by then is read from
    /// an older answer (or not at all), and the response says so.
    /// </summary>
    public int BusyTimeoutMilliseconds { get; set; } = 700;
}
