using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Notification settings in their API shape: every template in force, shipped or the tenant's own.</summary>
public static class NotificationSettingsResponses
{
    public static NotificationSettingsResponse Of(NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var templates = DefaultTemplates.All
            .OrderBy(t => t.Kind).ThenBy(t => t.Audience)
            .Select(shipped => Template(settings.TemplateFor(shipped.Kind, shipped.Audience)!, settings.IsOverridden(shipped.Kind, shipped.Audience)));
        return new NotificationSettingsResponse(
            new TimeRangeResponse(LocalFormats.Format(settings.QuietHours.Start), LocalFormats.Format(settings.QuietHours.End)),
            [.. TemplatePlaceholders.All.Order(StringComparer.Ordinal)],
            [.. templates]);
    }

    private static NotificationTemplateResponse Template(NotificationTemplate template, bool custom) =>
        new(ApiEnums.Name(template.Kind), ApiEnums.Name(template.Audience), template.Subject, template.Text, template.Html, template.Sms, custom);
}
