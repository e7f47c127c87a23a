namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>The tenant's notification settings: when reminder texts wait, the placeholders templates may use, and every template in force.</summary>
public sealed record NotificationSettingsResponse(
    TimeRangeResponse QuietHours, IReadOnlyList<string> Placeholders, IReadOnlyList<NotificationTemplateResponse> Templates);
