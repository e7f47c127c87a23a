using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>A tenant's notification settings as they are in force: the shipped ones where the tenant changed nothing.</summary>
public sealed class ReadNotificationSettings(INotificationSettingsStore store)
{
    public async Task<NotificationSettings> ExecuteAsync(string tenantId, CancellationToken cancellationToken) =>
        await store.FindAsync(tenantId, cancellationToken) ?? NotificationSettings.Default(tenantId);
}
