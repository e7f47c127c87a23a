using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Telemetry;

public sealed class AzureMonitorTelemetryExtensionsTests
{
    [Fact]
    public void Without_a_connection_string_nothing_is_exported()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        builder.AddAzureMonitorTelemetry();

        using var host = builder.Build();
        Assert.Null(host.Services.GetService<TracerProvider>());
    }

    [Fact]
    public void With_a_connection_string_the_pipeline_builds()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] =
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/";

        builder.AddAzureMonitorTelemetry();

        using var host = builder.Build();
        Assert.NotNull(host.Services.GetService<TracerProvider>());
    }
}
