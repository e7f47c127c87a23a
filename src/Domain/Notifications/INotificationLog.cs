namespace AppointmentBooking.Domain.Notifications;

/// <summary>Stores one <see cref="NotificationRecord"/> per de-duplication key, with optimistic concurrency on its version.</summary>
public interface INotificationLog
{
    /// <summary>The record, or null when nothing was recorded under the key.</summary>
    Task<NotificationRecord?> FindAsync(string tenantId, string key, CancellationToken cancellationToken);

    /// <summary>Stores a new record; null when one with its key already exists.</summary>
    Task<NotificationRecord?> TryCreateAsync(NotificationRecord record, CancellationToken cancellationToken);

    /// <summary>Replaces the record if it is still at its version; null when another writer changed it.</summary>
    Task<NotificationRecord?> TryUpdateAsync(NotificationRecord record, CancellationToken cancellationToken);
}
