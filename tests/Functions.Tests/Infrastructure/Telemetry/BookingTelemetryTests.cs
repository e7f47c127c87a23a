using System.Diagnostics;
using System.Diagnostics.Metrics;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Telemetry;

public sealed class BookingTelemetryTests : IDisposable
{
    private static readonly ActivitySource TestSource = new("AppointmentBooking.Tests.Telemetry");

    private readonly ServiceProvider services = new ServiceCollection().AddLogging().AddBookingTelemetry().BuildServiceProvider();
    private readonly ActivityListener activities = new()
    {
        ShouldListenTo = source => source == TestSource,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public BookingTelemetryTests() => ActivitySource.AddActivityListener(activities);

    private BookingTelemetry Telemetry => services.GetRequiredService<BookingTelemetry>();

    [Fact]
    public void Tracked_event_with_an_email_reaches_the_activity_redacted()
    {
        using var activity = TestSource.StartActivity("book")!;

        Telemetry.Track("DepositPaid", "tenant-1", "bk-1", [new("payer", "Payer thandi@example.com, +27 82 123 4567")]);

        var tracked = Assert.Single(activity.Events);
        Assert.Equal("DepositPaid", tracked.Name);
        Assert.Equal("Payer [email], [phone]", tracked.Tags.Single(t => t.Key == "payer").Value);
        Assert.Equal("bk-1", tracked.Tags.Single(t => t.Key == "bookingId").Value);
    }

    [Fact]
    public void Each_funnel_step_counts_once_on_the_meter_by_event_name()
    {
        var counted = new List<string>();
        using var meter = new MeterListener();
        meter.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BookingTelemetry.SourceName && instrument.Name == BookingTelemetry.EventsCounter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meter.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            counted.Add((string)tags.ToArray().Single(t => t.Key == "event").Value!));
        meter.Start();

        Telemetry.SlotsViewed("tenant-1", "svc-1", 12);
        Telemetry.HoldCreated("tenant-1", "bk-1");
        Telemetry.Confirmed("tenant-1", "bk-1");
        Telemetry.Cancelled("tenant-1", "bk-1");
        Telemetry.Expired("tenant-1", "bk-2");

        Assert.Equal(
            [BookingEvents.SlotsViewed, BookingEvents.HoldCreated, BookingEvents.Confirmed, BookingEvents.Cancelled, BookingEvents.Expired],
            counted);
    }

    [Fact]
    public void Tracked_event_logs_its_redacted_properties_in_a_scope()
    {
        var logs = new RecordingLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddBookingTelemetry()
            .BuildServiceProvider();

        provider.GetRequiredService<BookingTelemetry>().Track("HoldCreated", "tenant-1", "bk-1", [new("note", "mail jo@example.com")]);

        var entry = Assert.Single(logs.Entries);
        Assert.Contains("HoldCreated", entry.Message, StringComparison.Ordinal);
        Assert.Contains(new KeyValuePair<string, object?>("note", "mail [email]"), entry.Scope);
    }

    public void Dispose()
    {
        activities.Dispose();
        services.Dispose();
    }
}
