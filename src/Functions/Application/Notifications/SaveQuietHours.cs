using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>A tenant sets the local hours in which reminder text messages wait.</summary>
public sealed class SaveQuietHours(NotificationSettingsChanges changes)
{
    public Task<NotificationSettings> ExecuteAsync(string tenantId, QuietHours quietHours, CancellationToken cancellationToken) =>
        changes.ApplyAsync(tenantId, settings => settings.With(quietHours), cancellationToken);
}
