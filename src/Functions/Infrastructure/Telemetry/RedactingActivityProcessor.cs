using System.Diagnostics;
using OpenTelemetry;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>Redacts the string tags of every finished span (URLs, headers, SDK statements) before an exporter sees them.</summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.DisplayName = PersonalDataRedactor.Redact(data.DisplayName);
        foreach (var tag in data.TagObjects.ToList())
        {
            if (tag.Value is string text && PersonalDataRedactor.Redact(tag).Value is string redacted && redacted != text)
            {
                data.SetTag(tag.Key, redacted);
            }
        }
    }
}
