using System.Diagnostics;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Telemetry;

/// <summary>What the app's telemetry pipeline hands an exporter: no access token survives, in a URL, a header or a log line.</summary>
public sealed partial class ExportedTelemetryRedactionTests : IDisposable
{
    private const string Token = "Zm9yZ2VkLXRva2VuLXZhbHVl";
    private static readonly ActivitySource Source = new(BookingTelemetry.SourceName);

    private readonly List<Activity> spans = [];
    private readonly List<LogRecord> logs = [];
    private readonly ServiceProvider services;

    public ExportedTelemetryRedactionTests()
    {
        var collection = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information));
        collection.AddOpenTelemetry()
            .AddAppTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
            .WithLogging(logging => logging.AddInMemoryExporter(logs));
        services = collection.BuildServiceProvider();
        services.GetRequiredService<TracerProvider>();
    }

    [Fact]
    public void Spans_lose_tokens_in_urls_and_token_headers()
    {
        using (var span = Source.StartActivity($"GET /api/tenants/salon/bookings/bkg-1?token={Token}"))
        {
            span!.SetTag("url.full", $"https://app.example/api/tenants/salon/bookings/bkg-1?token={Token}&lang=en");
            span.SetTag("url.query", $"token={Token}");
            span.SetTag("http.request.header.booking-access-token", Token);
            span.SetTag("booking.id", "bkg-1");
        }

        services.GetRequiredService<TracerProvider>().ForceFlush();

        var exported = Assert.Single(spans);
        Assert.DoesNotContain(Token, exported.DisplayName);
        Assert.All(exported.TagObjects, tag => Assert.DoesNotContain(Token, tag.Value?.ToString() ?? string.Empty));
        Assert.Equal("https://app.example/api/tenants/salon/bookings/bkg-1?token=[redacted]&lang=en", exported.GetTagItem("url.full"));
        Assert.Equal("bkg-1", exported.GetTagItem("booking.id"));
    }

    [Fact]
    public void Log_lines_lose_tokens_in_their_message_and_attributes()
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        LogRequest(logger, $"http://app.example/api/tenants/salon/bookings/bkg-1?token={Token}");
        LogHeader(logger, $"Booking-Access-Token: {Token}");
        services.GetRequiredService<LoggerProvider>().ForceFlush();

        Assert.Equal(2, logs.Count);
        Assert.All(logs, log =>
        {
            Assert.DoesNotContain(Token, log.FormattedMessage ?? string.Empty);
            Assert.All(log.Attributes ?? [], attribute => Assert.DoesNotContain(Token, attribute.Value?.ToString() ?? string.Empty));
        });
    }

    public void Dispose() => services.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Request starting HTTP/1.1 GET {Url}")]
    private static partial void LogRequest(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Header {Header}")]
    private static partial void LogHeader(ILogger logger, string header);
}
