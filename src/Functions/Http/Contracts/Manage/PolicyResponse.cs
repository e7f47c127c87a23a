namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A tenant's booking rules.</summary>
public sealed record PolicyResponse(int MinimumNoticeMinutes, int MaximumDaysAhead, int SlotIntervalMinutes, int HoldMinutes, int CancellationWindowHours);
