using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Notifications;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>
/// Notification settings as the audit trail shows them: the quiet hours, and per template of the
/// tenant's own its subject and a fingerprint of its bodies (whole bodies would fill the trail).
/// </summary>
public static class NotificationSettingsDescription
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static IReadOnlyDictionary<string, string?> Of(NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var fields = new Dictionary<string, string?>
        {
            ["quietHours"] = $"{Time.Format(settings.QuietHours.Start)}..{Time.Format(settings.QuietHours.End)}",
        };
        foreach (var template in settings.Overrides)
        {
            fields[$"templates.{template.Kind}.{template.Audience}"] = $"{template.Subject} ({Fingerprint(template)})";
        }

        return fields;
    }

    private static string Fingerprint(NotificationTemplate template) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', template.Subject, template.Text, template.Html, template.Sms))))[..12];
}
