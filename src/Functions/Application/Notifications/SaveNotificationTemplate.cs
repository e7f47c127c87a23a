using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// A tenant puts its own template in force for one kind and audience, or (with no template) the shipped
/// one back. The template was checked when it was built: an unknown placeholder never reaches an inbox.
/// </summary>
public sealed class SaveNotificationTemplate(NotificationSettingsChanges changes)
{
    public Task<NotificationSettings> ExecuteAsync(string tenantId, NotificationTemplate template, CancellationToken cancellationToken) =>
        changes.ApplyAsync(tenantId, settings => settings.With(template), cancellationToken);

    public Task<NotificationSettings> ResetAsync(string tenantId, NotificationKind kind, NotificationRecipient audience, CancellationToken cancellationToken) =>
        changes.ApplyAsync(tenantId, settings => settings.WithDefault(kind, audience), cancellationToken);
}
