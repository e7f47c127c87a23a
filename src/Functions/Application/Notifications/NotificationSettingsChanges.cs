using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Common;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>Applies one change to a tenant's notification settings: read (or start from the defaults), change, write under the version, again after a lost race.</summary>
public sealed class NotificationSettingsChanges(INotificationSettingsStore store)
{
    /// <exception cref="ContentionException">Every attempt lost its race.</exception>
    public async Task<NotificationSettings> ApplyAsync(string tenantId, Func<NotificationSettings, NotificationSettings> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await OptimisticRetry.RunAsync(RetryLimits.Document, async () =>
            await store.TryWriteAsync(change(await store.FindAsync(tenantId, cancellationToken) ?? NotificationSettings.Default(tenantId)), cancellationToken),
            cancellationToken) ?? throw new ContentionException($"The notification settings of tenant {tenantId} kept changing; retry.");
    }
}
