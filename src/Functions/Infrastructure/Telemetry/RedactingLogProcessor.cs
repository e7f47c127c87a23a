using OpenTelemetry;
using OpenTelemetry.Logs;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>Redacts the message and attributes of every log record before an exporter sees it.</summary>
public sealed class RedactingLogProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.FormattedMessage = data.FormattedMessage is { } message ? PersonalDataRedactor.Redact(message) : null;
        data.Body = data.Body is { } body ? PersonalDataRedactor.Redact(body) : null;
        data.Attributes = data.Attributes?.Select(PersonalDataRedactor.Redact).ToList();
    }
}
