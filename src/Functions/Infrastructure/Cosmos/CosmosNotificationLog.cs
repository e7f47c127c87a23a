using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Notification records in their tenant's partition. They outlive every redelivery of their message by
/// far, and then expire (180 days), long after anyone looks at a booking's messages.
/// </summary>
internal sealed class CosmosNotificationLog(CosmosStore store) : INotificationLog
{
    private static readonly int HalfAYear = (int)Duration.FromDays(180).TotalSeconds;

    public async Task<NotificationRecord?> FindAsync(string tenantId, string key, CancellationToken cancellationToken) =>
        await store.ReadAsync<NotificationDocument>(tenantId, IdFor(key), cancellationToken) is { } document ? ToDomain(document) : null;

    public async Task<NotificationRecord?> TryCreateAsync(NotificationRecord record, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(ToDocument(record), cancellationToken) is { ETag: { } version } ? record.Stored(version) : null;

    public async Task<NotificationRecord?> TryUpdateAsync(NotificationRecord record, CancellationToken cancellationToken) =>
        await store.TryReplaceAsync(ToDocument(record), cancellationToken) is { ETag: { } version } ? record.Stored(version) : null;

    private static string IdFor(string key) => "ntf-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];

    private static NotificationDocument ToDocument(NotificationRecord record) => new()
    {
        Id = IdFor(record.Key),
        TenantId = record.TenantId,
        Key = record.Key,
        BookingId = record.BookingId,
        Kind = record.Kind,
        Recipient = record.Recipient,
        Channel = record.Channel,
        State = record.State,
        Attempts = record.Attempts,
        Owner = record.Owner,
        UpdatedAt = record.UpdatedAt,
        ProviderId = record.ProviderId,
        Detail = record.Detail,
        Ttl = HalfAYear,
        ETag = record.Version,
    };

    private static NotificationRecord ToDomain(NotificationDocument d) =>
        new(d.Key, d.TenantId, d.BookingId, d.Kind, d.Recipient, d.Channel, d.State, d.Attempts, d.Owner, d.UpdatedAt, d.ProviderId, d.Detail, d.ETag);
}
