namespace AppointmentBooking.Domain.Notifications;

/// <summary>Stores each tenant's <see cref="NotificationSettings"/>, with optimistic concurrency on their version.</summary>
public interface INotificationSettingsStore
{
    /// <summary>The tenant's settings, or null when the tenant never changed them.</summary>
    Task<NotificationSettings?> FindAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Creates the settings when they have no version, else replaces them if unchanged; null when another writer won.</summary>
    Task<NotificationSettings?> TryWriteAsync(NotificationSettings settings, CancellationToken cancellationToken);
}
