using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>What a slot search knew of one connected staff member's calendar.</summary>
/// <param name="AsOf">When the oldest answer used was given; null when none was used.</param>
public sealed record CalendarBusyState(string StaffId, CalendarBusyStatus Status, Instant? AsOf);
