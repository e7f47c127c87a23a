using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using CsCheck;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Scheduling;

/// <summary>One random search: a tenant around a DST change (or none), a service, staff with occupancy.</summary>
public sealed record SearchCase(BookingPolicy Policy, Service Service, StaffCandidate[] Staff, DateInterval Dates, Instant Now)
{
    public override string ToString() =>
        $"{Policy.Zone.Id} {Dates} now={Now} interval={Policy.SlotInterval} notice={Policy.MinimumNotice} days={Policy.MaximumDaysAhead} " +
        $"service={Service.Duration}+{Service.BufferBefore}/{Service.BufferAfter} staff=[{string.Join("; ", Staff.Select(Describe))}]";

    private static string Describe(StaffCandidate s) =>
        $"{s.StaffId}: {string.Join(" ", s.Schedule.WeeklyHours.Select(d => $"{d.Key}={string.Join(",", d.Value.Shifts)}/{string.Join(",", d.Value.Breaks)}"))} " +
        $"overrides={string.Join(" ", s.Schedule.Overrides.Select(o => $"{o.Key}={string.Join(",", o.Value.Shifts)}"))} " +
        $"off={string.Join(" ", s.Schedule.TimeOff.Select(t => $"{t.Start}..{t.End}"))} " +
        $"busy={string.Join(" ", s.Occupancy.Intervals.Select(b => $"{b.Kind}:{b.Start}..{b.End}"))}";
}

/// <summary>
/// CsCheck generators for <see cref="SearchCase"/>; times on a five-minute grid, biased towards the
/// small hours. Days: DST changes in New York and London, none in Johannesburg, changes at
/// midnight in Santiago and half-hour changes on Lord Howe Island.
/// </summary>
internal static class SchedulingGen
{
    private static readonly (string Zone, LocalDate Date)[] Days =
    [
        ("America/New_York", new LocalDate(2025, 3, 9)),
        ("America/New_York", new LocalDate(2025, 11, 2)),
        ("Europe/London", new LocalDate(2025, 3, 30)),
        ("Europe/London", new LocalDate(2025, 10, 26)),
        ("Africa/Johannesburg", new LocalDate(2025, 6, 2)),
        ("America/Santiago", new LocalDate(2025, 4, 6)),
        ("America/Santiago", new LocalDate(2025, 9, 7)),
        ("Australia/Lord_Howe", new LocalDate(2025, 4, 6)),
        ("Australia/Lord_Howe", new LocalDate(2025, 10, 5)),
    ];

    private static readonly Gen<int> FiveMinutePoint = Gen.OneOf(Gen.Int[0, 60], Gen.Int[0, 288]);

    private static readonly Gen<LocalTimeRange[]> Ranges =
        FiveMinutePoint.Array[0, 4].Select(points =>
        {
            var sorted = points.Distinct().Order().ToArray();
            return Enumerable.Range(0, sorted.Length / 2)
                .Select(i => new LocalTimeRange(TimeAt(sorted[2 * i]), TimeAt(sorted[(2 * i) + 1])))
                .ToArray();
        });

    private static readonly Gen<DayHours> DayHoursGen = Gen.Select(Ranges, Ranges, (shifts, breaks) => new DayHours(shifts, breaks));

    public static Gen<SearchCase> Cases { get; } =
        from day in Gen.Int[0, Days.Length - 1].Select(i => Days[i])
        from interval in Gen.OneOf(Gen.Const(15), Gen.Const(20), Gen.Const(30), Gen.Const(45), Gen.Const(60))
        from notice in Gen.Int[0, 120]
        from daysAhead in Gen.Int[0, 4]
        from nowMinutes in Gen.Int[0, 72 * 12]
        from duration in Gen.Int[1, 24]
        from before in Gen.Int[0, 6]
        from after in Gen.Int[0, 6]
        from staffCount in Gen.Int[1, 3]
        let zone = DateTimeZoneProviders.Tzdb[day.Zone]
        let origin = ZoneRule.ToInstant(zone, day.Date.PlusDays(-2).AtMidnight())
        let now = origin + Duration.FromMinutes(nowMinutes * 5)
        from staff in Staff(day.Date, origin, now).Array[staffCount]
        select new SearchCase(
            new BookingPolicy(zone, "ZAR", Duration.FromMinutes(notice * 5), daysAhead, Duration.FromMinutes(interval), Duration.FromMinutes(15), Duration.Zero, DepositRule.None),
            new Service("svc", "Service", Duration.FromMinutes(duration * 5), new Money(100, "ZAR"), Duration.FromMinutes(before * 5), Duration.FromMinutes(after * 5)),
            [.. staff.Select((make, i) => make($"staff-{7 * i % 10}"))],
            new DateInterval(day.Date.PlusDays(-1), day.Date.PlusDays(1)),
            now);

    /// <summary>A staff member waiting for an id, so that ids are unique (and not in generation order).</summary>
    private static Gen<Func<string, StaffCandidate>> Staff(LocalDate date, Instant origin, Instant now) =>
        from weekly in DayHoursGen.Array[7]
        from overrideHours in DayHoursGen.Array[0, 1]
        from timeOff in TimeOffGen(date).Array[0, 2]
        from busy in BusyGen(origin, now).Array[0, 8]
        select (Func<string, StaffCandidate>)(id => new StaffCandidate(
            new StaffSchedule(
                id,
                Enumerable.Range(1, 7).ToDictionary(d => (IsoDayOfWeek)d, d => weekly[d - 1]),
                timeOff,
                overrideHours.ToDictionary(_ => date, h => h)),
            new StaffOccupancy(busy)));

    private static Gen<TimeOff> TimeOffGen(LocalDate date) =>
        Gen.Select(Gen.Int[0, 3 * 288], Gen.Int[1, 144], (start, length) =>
        {
            var from = date.PlusDays(-1).AtMidnight().PlusMinutes(start * 5);
            return new TimeOff(from, from.PlusMinutes(length * 5));
        });

    private static Gen<BusyInterval> BusyGen(Instant origin, Instant now) =>
        from start in Gen.Int[0, 5 * 288]
        from length in Gen.Int[1, 36]
        from kind in Gen.Int[0, 2]
        from expiry in Gen.Int[-12, 12]
        let startAt = origin + Duration.FromMinutes(start * 5)
        let endAt = startAt + Duration.FromMinutes(length * 5)
        select kind switch
        {
            0 => BusyInterval.Booking(startAt, endAt),
            1 => BusyInterval.Hold(startAt, endAt, now + Duration.FromMinutes(expiry * 5)),
            _ => BusyInterval.External(startAt, endAt),
        };

    private static LocalTime TimeAt(int fiveMinutePoint) =>
        fiveMinutePoint >= 288 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(fiveMinutePoint * 5);
}
