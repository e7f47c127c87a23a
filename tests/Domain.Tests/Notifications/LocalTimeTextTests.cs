using AppointmentBooking.Domain.Notifications;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Notifications;

public class LocalTimeTextTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Theory]
    [InlineData(2026, 3, 29, 9, "Sunday 29 March 2026 at 10:00 (Europe/London, BST)")]
    [InlineData(2026, 3, 28, 10, "Saturday 28 March 2026 at 10:00 (Europe/London, GMT)")]
    [InlineData(2026, 10, 25, 10, "Sunday 25 October 2026 at 10:00 (Europe/London, GMT)")]
    [InlineData(2026, 10, 24, 9, "Saturday 24 October 2026 at 10:00 (Europe/London, BST)")]
    public void Times_around_a_dst_change_read_in_the_offset_of_their_own_day(int year, int month, int day, int utcHour, string expected) =>
        Assert.Equal(expected, LocalTimeText.When(Instant.FromUtc(year, month, day, utcHour, 0), London));

    [Fact]
    public void The_zone_is_named_with_its_abbreviation_at_that_instant() =>
        Assert.Equal("Africa/Johannesburg (SAST)",
            LocalTimeText.Zone(Instant.FromUtc(2026, 12, 1, 8, 0), DateTimeZoneProviders.Tzdb["Africa/Johannesburg"]));
}
