using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace AppointmentBooking.Functions.Infrastructure.Telemetry;

/// <summary>
/// Exports traces, metrics and logs to Application Insights through OpenTelemetry and the Azure
/// Monitor exporter. Chosen over the Application Insights SDK because the SDK 3.x is itself a layer
/// over OpenTelemetry: going direct gives one pipeline where the Cosmos and Azure SDK activity
/// sources, our Meter and the redaction processors plug in as standard OpenTelemetry parts.
/// </summary>
public static class AzureMonitorTelemetryExtensions
{
    /// <summary>Does nothing without a connection string, so local runs and tests send nothing.</summary>
    public static IHostApplicationBuilder AddAzureMonitorTelemetry(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (string.IsNullOrEmpty(connectionString))
        {
            return builder;
        }

        // The Azure SDKs (Storage, Cosmos, Key Vault) emit dependency activities only with this switch.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        var useEntraId = builder.Configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]?
            .Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase) == true;
        builder.Services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .AddAppTelemetry()
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                // Local auth is off on the Application Insights resource: sign in with the managed identity.
                options.Credential = useEntraId ? new DefaultAzureCredential() : null;
            });
        return builder;
    }
}
