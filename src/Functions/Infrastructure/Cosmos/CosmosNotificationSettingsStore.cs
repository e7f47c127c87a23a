using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Each tenant's notification settings as one document in its partition; versions are ETags.</summary>
internal sealed class CosmosNotificationSettingsStore(CosmosStore store) : INotificationSettingsStore
{
    public async Task<NotificationSettings?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        await store.ReadAsync<NotificationSettingsDocument>(tenantId, NotificationSettingsDocument.DocumentId, cancellationToken) is { } d
            ? new NotificationSettings(d.TenantId, new QuietHours(d.QuietHoursStart, d.QuietHoursEnd),
                d.Templates.Select(t => new NotificationTemplate(t.Kind, t.Audience, t.Subject, t.Text, t.Html, t.Sms)), d.ETag)
            : null;

    public async Task<NotificationSettings?> TryWriteAsync(NotificationSettings settings, CancellationToken cancellationToken)
    {
        var document = new NotificationSettingsDocument
        {
            Id = NotificationSettingsDocument.DocumentId,
            TenantId = settings.TenantId,
            QuietHoursStart = settings.QuietHours.Start,
            QuietHoursEnd = settings.QuietHours.End,
            Templates = [.. settings.Overrides.Select(t => new NotificationTemplateDocument(t.Kind, t.Audience, t.Subject, t.Text, t.Html, t.Sms))],
            ETag = settings.Version,
        };
        return await store.TryWriteAsync(document, cancellationToken) is { ETag: { } version } ? settings.Stored(version) : null;
    }
}
