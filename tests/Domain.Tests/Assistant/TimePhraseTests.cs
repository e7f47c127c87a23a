using AppointmentBooking.Domain.Assistant;
using CsCheck;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Assistant;

public sealed class TimePhraseTests
{
    /// <summary>Wednesday 2 December 2026.</summary>
    private static readonly LocalDate Wednesday = new(2026, 12, 2);

    [Theory]
    [InlineData("next Tuesday afternoon", "2026-12-08", "2026-12-08", DayPart.Afternoon)]
    [InlineData("Tuesday", "2026-12-08", "2026-12-08", DayPart.Any)]
    [InlineData("wednesday morning", "2026-12-02", "2026-12-02", DayPart.Morning)]
    [InlineData("next wednesday", "2026-12-09", "2026-12-09", DayPart.Any)]
    [InlineData("on Fri evening", "2026-12-04", "2026-12-04", DayPart.Evening)]
    [InlineData("today", "2026-12-02", "2026-12-02", DayPart.Any)]
    [InlineData("this afternoon", "2026-12-02", "2026-12-02", DayPart.Afternoon)]
    [InlineData("tonight", "2026-12-02", "2026-12-02", DayPart.Evening)]
    [InlineData("tomorrow morning", "2026-12-03", "2026-12-03", DayPart.Morning)]
    [InlineData("the day after tomorrow", "2026-12-04", "2026-12-04", DayPart.Any)]
    [InlineData("this week", "2026-12-02", "2026-12-06", DayPart.Any)]
    [InlineData("next week", "2026-12-07", "2026-12-13", DayPart.Any)]
    [InlineData("this weekend", "2026-12-05", "2026-12-06", DayPart.Any)]
    [InlineData("in 3 days", "2026-12-05", "2026-12-05", DayPart.Any)]
    [InlineData("2026-12-24 morning", "2026-12-24", "2026-12-24", DayPart.Morning)]
    [InlineData("any time", "2026-12-02", "2026-12-08", DayPart.Any)]
    [InlineData("afternoon", "2026-12-02", "2026-12-08", DayPart.Afternoon)]
    public void Reads_the_phrases_customers_use(string phrase, string from, string to, DayPart part)
    {
        Assert.True(TimePhrase.TryParse(phrase, Wednesday, out var window));
        Assert.Equal(new TimeWindow(new DateInterval(Date(from), Date(to)), part), window);
    }

    [Theory]
    [InlineData("whenever the moon is full")]
    [InlineData("next blursday")]
    [InlineData("2026-13-40")]
    [InlineData("in many days")]
    public void Refuses_what_it_does_not_understand(string phrase) => Assert.False(TimePhrase.TryParse(phrase, Wednesday, out _));

    [Fact]
    public void A_weekday_is_its_next_occurrence_from_today_and_next_weekday_the_first_after_today() =>
        Gen.Int[0, 3650].Select(Gen.Int[1, 7]).Sample((offset, weekday) =>
        {
            var today = new LocalDate(2024, 1, 1).PlusDays(offset);
            var day = (IsoDayOfWeek)weekday;
            Assert.True(TimePhrase.TryParse(day.ToString(), today, out var plain));
            Assert.True(TimePhrase.TryParse("next " + day, today, out var next));
            Assert.Equal(day, plain.Dates.Start.DayOfWeek);
            Assert.InRange(Period.Between(today, plain.Dates.Start, PeriodUnits.Days).Days, 0, 6);
            Assert.Equal(day, next.Dates.Start.DayOfWeek);
            Assert.InRange(Period.Between(today, next.Dates.Start, PeriodUnits.Days).Days, 1, 7);
        });

    [Theory]
    [InlineData(11, 59, DayPart.Morning)]
    [InlineData(12, 0, DayPart.Afternoon)]
    [InlineData(16, 45, DayPart.Afternoon)]
    [InlineData(17, 0, DayPart.Evening)]
    public void Parts_of_the_day_split_at_noon_and_five(int hour, int minute, DayPart part)
    {
        var time = new LocalTime(hour, minute);
        Assert.All(Enum.GetValues<DayPart>(), p => Assert.Equal(p == part || p == DayPart.Any, p.Contains(time)));
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
