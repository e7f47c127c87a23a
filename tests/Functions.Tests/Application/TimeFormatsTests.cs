using AppointmentBooking.Functions.Http.Mapping;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application;

public class TimeFormatsTests
{
    private static readonly DateTimeZone Johannesburg = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    [Fact]
    public void Instants_are_written_in_rfc_3339_with_the_tenants_offset() =>
        Assert.Equal("2026-12-01T09:00:00+02:00", TimeFormats.Format(Instant.FromUtc(2026, 12, 1, 7, 0), Johannesburg));

    [Theory]
    [InlineData("2026-12-01T09:00:00+02:00")]
    [InlineData("2026-12-01T07:00:00Z")]
    [InlineData("2026-12-01T09:00:00+02")]
    public void Starts_with_an_offset_parse_to_the_same_instant(string text) =>
        Assert.Equal(Instant.FromUtc(2026, 12, 1, 7, 0), TimeFormats.ParseInstant(text));

    [Theory]
    [InlineData("2026-12-01T09:00:00")]
    [InlineData("tomorrow")]
    [InlineData(null)]
    public void Starts_without_an_offset_are_refused(string? text) => Assert.Null(TimeFormats.ParseInstant(text));
}
