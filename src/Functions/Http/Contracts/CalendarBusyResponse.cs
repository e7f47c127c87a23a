namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// How current the busy time from one staff member's calendar was in a slot search: <c>current</c>,
/// <c>stale</c> (the calendar did not answer in time: last known busy time), <c>unavailable</c> (no busy
/// time known: its slots may be busy in the calendar) or <c>disconnected</c> (the calendar needs a reconnect).
/// </summary>
public sealed record CalendarBusyResponse(string StaffId, string BusyTime, string? AsOf);
