using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class BookingFunnelTelemetryTests(AppFixture fixture)
{
    [Fact]
    public async Task Viewing_slots_booking_and_cancelling_count_each_funnel_step_once_for_the_tenant()
    {
        var tenant = await fixture.SeedAsync(new TestTenant().WithStaff("stf-a").WithService("Cut", 60, 40_000));
        var client = new BookingClient(fixture, tenant);
        var seen = new ConcurrentQueue<string>();
        using var listener = Listen(tenant.TenantId, seen);

        await fixture.Client.GetAsync($"/api/tenants/{tenant.Slug}/slots?serviceId={tenant.Services[0].Id}&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}");
        var booking = await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)), "funnel-key");
        await client.BookOkAsync(Body(tenant.Services[0].Id, At(9)), "funnel-key");
        await client.ActAsync(booking, "cancel");

        Assert.Equal(
            [BookingEvents.SlotsViewed, BookingEvents.HoldCreated, BookingEvents.Confirmed, BookingEvents.Cancelled],
            seen.ToArray());
    }

    private static MeterListener Listen(string tenantId, ConcurrentQueue<string> seen)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BookingTelemetry.SourceName && instrument.Name == BookingTelemetry.EventsCounter)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString());
            if (values.GetValueOrDefault("tenantId") == tenantId)
            {
                seen.Enqueue(values["event"]!);
            }
        });
        listener.Start();
        return listener;
    }
}
