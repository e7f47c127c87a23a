namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A staff member and their schedule.</summary>
public sealed record StaffResponse(
    string Id,
    string DisplayName,
    string? Email,
    bool Active,
    IReadOnlyList<WeeklyRangeResponse> WeeklyHours,
    IReadOnlyList<WeeklyRangeResponse> Breaks,
    IReadOnlyList<DateOverrideResponse> DateOverrides,
    IReadOnlyList<TimeOffResponse> TimeOff);
