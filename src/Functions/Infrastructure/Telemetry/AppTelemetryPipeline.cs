using AppointmentBooking.Functions.Infrastructure.OpenAI;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>
/// What the app exports and the redaction every record passes first, whatever the exporter: Azure
/// Monitor in Azure, an in-memory exporter in tests.
/// </summary>
public static class AppTelemetryPipeline
{
    /// <summary>Adds the app's sources, meter and redacting processors; add exporters after this, so the processors run first.</summary>
    public static IOpenTelemetryBuilder AddAppTelemetry(this IOpenTelemetryBuilder builder) =>
        builder
            .WithTracing(tracing => tracing.AddSource(BookingTelemetry.SourceName, ChatClientFactory.TelemetrySource, "Azure.*").AddProcessor(new RedactingActivityProcessor()))
            .WithMetrics(metrics => metrics.AddMeter(BookingTelemetry.SourceName, ChatClientFactory.TelemetrySource))
            .WithLogging(logging => logging.AddProcessor(new RedactingLogProcessor()), options => options.IncludeScopes = true);
}
