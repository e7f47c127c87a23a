using System.Diagnostics;
using System.Text.Json.Nodes;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AppointmentBooking.Infra.Tests.Alerts;

/// <summary>
/// The app's own telemetry pipeline (AddAzureMonitorTelemetry: redaction processors, Azure Monitor
/// exporter) run once, with what each alert looks for emitted into it. Two views of the result:
/// the in-memory exporter holds the OpenTelemetry records after the app's processors, and a local
/// ingestion endpoint holds the Application Insights rows the real exporter wrote from them.
/// </summary>
internal sealed class AppTelemetryRun
{
    /// <summary>Stands in for the Functions host's HTTP request spans, which the host exports the same way.</summary>
    public const string HostRequestSource = "AppointmentBooking.Tests.HostRequests";

    public static readonly Lazy<AppTelemetryRun> Once = new(() => new AppTelemetryRun());

    private AppTelemetryRun()
    {
        // Statsbeat (the exporter's own usage report to Microsoft) is switched off only by this variable.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        using var ingestion = new FakeIngestion();
        var logs = new List<LogRecord>();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] =
            $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.Endpoint};LiveEndpoint={ingestion.Endpoint}";
        builder.Services.AddBookingTelemetry();
        builder.AddAzureMonitorTelemetry();
        // Nothing but the local endpoint is ever called: no live metrics, no retry files. Every span is
        // kept: the default rate-limited sampler may drop the one request span this run starts.
        builder.Services.Configure<AzureMonitorExporterOptions>(options =>
        {
            options.EnableLiveMetrics = false;
            options.DisableOfflineStorage = true;
            options.TracesPerSecond = null;
            options.SamplingRatio = 1.0F;
        });
        builder.Services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(logs));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(HostRequestSource));

        using (var host = builder.Build())
        {
            host.Start();
            Emit(host.Services);
            host.Services.GetRequiredService<TracerProvider>().ForceFlush();
            host.Services.GetRequiredService<LoggerProvider>().ForceFlush();
            host.Services.GetRequiredService<MeterProvider>().ForceFlush();
            host.StopAsync().GetAwaiter().GetResult();
        }

        Logs = logs.Select(l => new ExportedLog(l.CategoryName, l.Attributes?.ToDictionary(a => a.Key, a => a.Value?.ToString()) ?? [])).ToList();
        Envelopes = [.. ingestion.Envelopes];
        OtherIngestionCalls = [.. ingestion.OtherRequests];
    }

    /// <summary>Log records as the in-memory exporter received them, after the app's processors.</summary>
    public IReadOnlyList<ExportedLog> Logs { get; }

    /// <summary>Application Insights envelopes as the Azure Monitor exporter sent them.</summary>
    public IReadOnlyList<JsonNode> Envelopes { get; }

    public IReadOnlyList<string> OtherIngestionCalls { get; }

    private static void Emit(IServiceProvider services)
    {
        var loggers = services.GetRequiredService<ILoggerFactory>();
        DurableExtensionLog.FunctionFailed(loggers.CreateLogger(DurableExtensionLog.Category), "bk-1", "BookingSaga", "payer ann@example.com declined");

        services.GetRequiredService<BookingTelemetry>().Track("WebhookSignatureRejected", "tenant-1", null);

        using var source = new ActivitySource(HostRequestSource);
        using var request = source.StartActivity("POST api/tenants/{slug}/bookings", ActivityKind.Server) is { Recorded: true } started
            ? started
            : throw new InvalidOperationException("the pipeline does not sample the request span");
        request.SetTag("http.request.method", "POST");
        request.SetTag("url.full", "https://func-booking.azurewebsites.net/api/tenants/demo-salon/bookings");
        request.SetTag("http.route", "api/tenants/{slug}/bookings");
        request.SetTag("http.response.status_code", 500);
        request.SetStatus(ActivityStatusCode.Error);
    }
}

/// <summary>A log record's category and attributes.</summary>
internal sealed record ExportedLog(string? CategoryName, Dictionary<string, string?> Attributes);
