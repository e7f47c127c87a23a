using System.Diagnostics;
using AppointmentBooking.Functions.Infrastructure.Telemetry;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Telemetry;

public sealed class RedactingProcessorTests
{
    [Fact]
    public void Activity_processor_redacts_string_tags_and_the_display_name()
    {
        using var activity = new Activity("lookup").Start();
        activity.DisplayName = "GET /customers/jo@example.com";
        activity.SetTag("url.query", "email=jo@example.com&phone=0821234567");
        activity.SetTag("booking.id", "bk-1");
        activity.SetTag("slot.count", 12);

        using var processor = new RedactingActivityProcessor();
        processor.OnEnd(activity);

        Assert.Equal("GET /customers/[email]", activity.DisplayName);
        Assert.Equal("email=[email]&phone=[phone]", activity.GetTagItem("url.query"));
        Assert.Equal("bk-1", activity.GetTagItem("booking.id"));
        Assert.Equal(12, activity.GetTagItem("slot.count"));
    }
}
