using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Benchmarks;

/// <summary>
/// A busy salon in London over a month that includes the spring-forward day: 10 staff working
/// 09:00–18:00 with a lunch break (one on split shifts), closed Sundays, and 2,000 random bookings.
/// Seeded, so every run measures the same data.
/// </summary>
internal static class BenchmarkData
{
    public static readonly LocalDate FirstDay = new(2025, 3, 17);

    public static BookingPolicy Policy { get; } = new(
        DateTimeZoneProviders.Tzdb["Europe/London"],
        "GBP",
        Duration.FromHours(2),
        90,
        Duration.FromMinutes(15),
        Duration.FromMinutes(15),
        Duration.FromHours(24),
        DepositRule.Percentage(20));

    public static Service Service { get; } = new(
        "colour", "Colour", Duration.FromMinutes(45), new Money(6000, "GBP"), Duration.Zero, Duration.FromMinutes(10));

    public static Instant Now { get; } = Instant.FromUtc(2025, 3, 16, 20, 0);

    public static StaffCandidate[] Staff(int staffCount, int bookings, int days)
    {
        var random = new Random(20250317);
        var busy = Enumerable.Range(0, staffCount).Select(_ => new List<BusyInterval>()).ToArray();
        for (var i = 0; i < bookings; i++)
        {
            var date = FirstDay.PlusDays(random.Next(days));
            var start = date.At(new LocalTime(9, 0)).PlusMinutes(15 * random.Next(32)).InZoneLeniently(Policy.Zone).ToInstant();
            busy[random.Next(staffCount)].Add(BusyInterval.Booking(start, start + Duration.FromMinutes(15 * random.Next(2, 7))));
        }

        return [.. Enumerable.Range(0, staffCount).Select(i => new StaffCandidate(Schedule($"staff-{i:00}", split: i == 3), new StaffOccupancy(busy[i])))];
    }

    private static StaffSchedule Schedule(string id, bool split)
    {
        var day = split
            ? new DayHours([Range(9, 13), Range(15, 20)])
            : new DayHours([Range(9, 18)], [Range(13, 14)]);
        var weekly = Enumerable.Range(1, 6).ToDictionary(d => (IsoDayOfWeek)d, _ => day);
        return new StaffSchedule(id, weekly, [TimeOff.WholeDays(FirstDay.PlusDays(10), FirstDay.PlusDays(11))]);
    }

    private static LocalTimeRange Range(int fromHour, int toHour) => new(new LocalTime(fromHour, 0), new LocalTime(toHour, 0));
}
