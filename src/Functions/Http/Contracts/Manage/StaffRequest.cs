namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A staff member as managers write them: name, e-mail address, whether they take bookings, and their schedule in the tenant's local time.</summary>
public sealed record StaffRequest(
    string? DisplayName,
    string? Email,
    bool? Active,
    List<WeeklyRangeRequest>? WeeklyHours,
    List<WeeklyRangeRequest>? Breaks,
    List<DateOverrideRequest>? DateOverrides,
    List<TimeOffRequest>? TimeOff);
