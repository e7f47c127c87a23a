using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// A tenant's notification settings: the quiet hours of reminder text messages, and the tenant's own
/// versions of the shipped templates. A template the tenant did not write reads as the shipped one.
/// </summary>
public sealed class NotificationSettings
{
    private readonly Dictionary<(NotificationKind, NotificationRecipient), NotificationTemplate> overrides;

    /// <summary>Creates the settings.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="quietHours">When reminder text messages wait.</param>
    /// <param name="overrides">The tenant's own templates; at most one per kind and audience.</param>
    /// <param name="version">The store's concurrency token; null before first stored.</param>
    public NotificationSettings(string tenantId, QuietHours quietHours, IEnumerable<NotificationTemplate> overrides, string? version = null)
    {
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        QuietHours = Preconditions.CheckNotNull(quietHours, nameof(quietHours));
        this.overrides = (overrides ?? []).ToDictionary(t => (t.Kind, t.Audience));
        Version = version;
    }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>When reminder text messages wait.</summary>
    public QuietHours QuietHours { get; }

    /// <summary>The tenant's own templates.</summary>
    public IReadOnlyCollection<NotificationTemplate> Overrides => overrides.Values;

    /// <summary>The store's concurrency token.</summary>
    public string? Version { get; }

    /// <summary>The settings of a tenant that never changed them.</summary>
    public static NotificationSettings Default(string tenantId) => new(tenantId, QuietHours.Default, []);

    /// <summary>The template in force for <paramref name="kind"/> and <paramref name="audience"/>: the tenant's own, else the shipped one.</summary>
    public NotificationTemplate? TemplateFor(NotificationKind kind, NotificationRecipient audience) =>
        overrides.GetValueOrDefault((kind, audience)) ?? DefaultTemplates.For(kind, audience);

    /// <summary>Whether the tenant wrote its own template for <paramref name="kind"/> and <paramref name="audience"/>.</summary>
    public bool IsOverridden(NotificationKind kind, NotificationRecipient audience) => overrides.ContainsKey((kind, audience));

    /// <summary>The settings with <paramref name="template"/> in force for its kind and audience.</summary>
    public NotificationSettings With(NotificationTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Preconditions.CheckArgument(DefaultTemplates.For(template.Kind, template.Audience) is not null, "audience",
            $"is never told of {template.Kind}.");
        return new(TenantId, QuietHours, Overrides.Where(t => (t.Kind, t.Audience) != (template.Kind, template.Audience)).Append(template), Version);
    }

    /// <summary>The settings with the shipped template back in force for <paramref name="kind"/> and <paramref name="audience"/>.</summary>
    public NotificationSettings WithDefault(NotificationKind kind, NotificationRecipient audience) =>
        new(TenantId, QuietHours, Overrides.Where(t => (t.Kind, t.Audience) != (kind, audience)), Version);

    /// <summary>The settings with other quiet hours.</summary>
    public NotificationSettings With(QuietHours quietHours) => new(TenantId, quietHours, Overrides, Version);

    /// <summary>This state as the store returned it.</summary>
    public NotificationSettings Stored(string version) => new(TenantId, QuietHours, Overrides, version);
}
