namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A tenant's booking rules; an absent field takes its default at sign-up and is required when settings are replaced.</summary>
public sealed record PolicyRequest(
    int? MinimumNoticeMinutes, int? MaximumDaysAhead, int? SlotIntervalMinutes, int? HoldMinutes, int? CancellationWindowHours);
