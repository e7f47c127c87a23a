using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// A manager's changes to the tenant's notification settings, under the version they read: their own
/// template for one kind and audience, the shipped one back, or other quiet hours. A tenant that never
/// changed anything has no stored settings; its version reads <see cref="Unsaved"/>, and the first
/// change creates them (create-if-absent, so two first changes cannot both win).
/// </summary>
public sealed class NotificationSettingsEdits(INotificationSettingsStore store, AuditRecorder audit)
{
    /// <summary>The version of settings never stored: the shipped templates and the default quiet hours.</summary>
    public const string Unsaved = "shipped";

    public async Task<Versioned<NotificationSettings>> ReadAsync(string tenantId, CancellationToken cancellationToken) =>
        Versioned(await store.FindAsync(tenantId, cancellationToken) ?? NotificationSettings.Default(tenantId));

    public Task<ChangeOutcome<NotificationSettings>> PutTemplateAsync(
        Caller caller, NotificationTemplate template, string expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, "notifications.template.put", settings => settings.With(template), expectedVersion, cancellationToken);

    public Task<ChangeOutcome<NotificationSettings>> ResetTemplateAsync(
        Caller caller, NotificationKind kind, NotificationRecipient audience, string expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, "notifications.template.reset", settings => settings.WithDefault(kind, audience), expectedVersion, cancellationToken);

    public Task<ChangeOutcome<NotificationSettings>> SetQuietHoursAsync(
        Caller caller, QuietHours quietHours, string expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(caller, "notifications.quiet-hours", settings => settings.With(quietHours), expectedVersion, cancellationToken);

    private async Task<ChangeOutcome<NotificationSettings>> ApplyAsync(
        Caller caller, string action, Func<NotificationSettings, NotificationSettings> change, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var current = await ReadAsync(caller.TenantId, cancellationToken);
        if (!Versions.Same(current.Version, expectedVersion))
        {
            return new ChangeOutcome<NotificationSettings>.Stale();
        }

        if (await store.TryWriteAsync(change(current.Value), cancellationToken) is not { } written)
        {
            return new ChangeOutcome<NotificationSettings>.Stale();
        }

        await audit.RecordAsync(caller, action, "notifications",
            NotificationSettingsDescription.Of(current.Value), NotificationSettingsDescription.Of(written), cancellationToken);
        return new ChangeOutcome<NotificationSettings>.Done(Versioned(written));
    }

    private static Versioned<NotificationSettings> Versioned(NotificationSettings settings) => new(settings, settings.Version ?? Unsaved);
}
