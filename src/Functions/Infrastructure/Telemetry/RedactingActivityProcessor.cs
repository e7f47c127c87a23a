using System.Diagnostics;
using OpenTelemetry;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>Redacts the string tags of every finished span (URLs, SDK statements) before an exporter sees them.</summary>
public sealed class RedactingActivityProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.DisplayName = PersonalDataRedactor.Redact(data.DisplayName);
        foreach (var (key, value) in data.TagObjects.ToList())
        {
            if (value is string text && PersonalDataRedactor.Redact(text) is var redacted && redacted != text)
            {
                data.SetTag(key, redacted);
            }
        }
    }
}
