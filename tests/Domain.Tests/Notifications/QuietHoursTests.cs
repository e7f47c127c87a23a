using AppointmentBooking.Domain.Notifications;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Notifications;

public class QuietHoursTests
{
    private static readonly DateTimeZone Johannesburg = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    private static Instant Local(int hour, int minute = 0) =>
        new LocalDateTime(2026, 12, 1, hour, minute).InZoneStrictly(Johannesburg).ToInstant();

    [Theory]
    [InlineData(19, 59, false)]
    [InlineData(20, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(0, 0, true)]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)]
    [InlineData(12, 0, false)]
    public void Default_quiet_hours_span_the_night_in_the_tenant_zone(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Default.Contains(Local(hour, minute), Johannesburg));

    [Fact]
    public void Hours_within_a_day_and_no_hours_at_all()
    {
        var lunch = new QuietHours(new LocalTime(12, 0), new LocalTime(13, 0));
        var none = new QuietHours(new LocalTime(9, 0), new LocalTime(9, 0));

        Assert.True(lunch.Contains(Local(12, 30), Johannesburg));
        Assert.False(lunch.Contains(Local(13, 0), Johannesburg));
        Assert.False(none.Contains(Local(9, 0), Johannesburg));
        Assert.False(none.Contains(Local(2, 0), Johannesburg));
    }
}
