using System.Globalization;
using NodaTime;

namespace AppointmentBooking.Load;

/// <summary>One phase of the month-view scenario: the claims when it began, the two views read side by side, and the bookings made meanwhile.</summary>
internal sealed record ViewPhase(string Phase, ClaimStates Claims, ScenarioResult Month, ScenarioResult Day, ScenarioResult Bookings);

/// <summary>The month-view scenario's tenant, its two phases, and starts left free for the cost count.</summary>
internal sealed record MonthViewRun(LoadTenant Tenant, LocalDate From, ViewPhase Fresh, ViewPhase Steady, IReadOnlyList<SlotRequest> Spare);

/// <summary>
/// Salons' pages read far more than they book. A tenant with a short hold gets a month of bookings;
/// then half the readers ask for the month (31 days, any staff) and half for one day, side by side,
/// while a few clients keep booking. The same is measured again once every hold of those bookings has
/// expired, when a claim that was never settled would cost its search an appointment read.
/// </summary>
internal sealed class MonthViews(LoadHost host, LoadOptions options)
{
    private const int Bookers = 4;
    private const int StreamSize = 300;
    private const int SpareSize = 40;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(15);

    public async Task<MonthViewRun> RunAsync(CancellationToken cancellationToken)
    {
        var tenant = new LoadTenant("month", options.HoldMinutes);
        await tenant.SeedAsync(host.Directory, host.Store, cancellationToken);
        var from = BookingScenarios.Tomorrow();
        var slots = Plans.Spread(await Plans.FreeSlotsAsync(host.Client, tenant.Slug, LoadTenant.Short, from, 31, cancellationToken), seed: 16);
        if (slots.Count < options.MonthBookings + (2 * StreamSize) + SpareSize)
        {
            throw new InvalidOperationException($"Only {slots.Count} free half-hour starts in the month; lower --month-bookings.");
        }

        var booker = new LedgerTarget(host.Client, tenant.Slug);
        var prebooked = await ScenarioRunner.RunQueueAsync(
            "month", booker, [.. slots.Take(options.MonthBookings)], 8, TimeSpan.FromMinutes(5), cancellationToken);
        var drain = await host.QuiesceAsync(DrainLimit, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"month: {prebooked.Count(201)} bookings made in {prebooked.Elapsed.TotalSeconds:F1} s, their background work done {drain.TotalSeconds:F1} s later"));

        var fresh = await PhaseAsync("holds fresh", tenant, from, booker, [.. slots.Skip(options.MonthBookings).Take(StreamSize)], cancellationToken);
        var lastBooking = SystemClock.Instance.GetCurrentInstant();
        var expired = lastBooking + tenant.Hold + Duration.FromSeconds(5);
        var wait = expired - SystemClock.Instance.GetCurrentInstant();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"month: waiting {wait.TotalSeconds:F0} s until every hold has expired"));
        if (wait > Duration.Zero)
        {
            await Task.Delay(wait.ToTimeSpan(), cancellationToken);
        }

        await host.QuiesceAsync(DrainLimit, cancellationToken);
        var steady = await PhaseAsync(
            "all holds expired", tenant, from, booker, [.. slots.Skip(options.MonthBookings + StreamSize).Take(StreamSize)], cancellationToken);
        await host.QuiesceAsync(DrainLimit, cancellationToken);
        return new MonthViewRun(tenant, from, fresh, steady, [.. slots.Skip(options.MonthBookings + (2 * StreamSize)).Take(SpareSize)]);
    }

    private async Task<ViewPhase> PhaseAsync(
        string phase, LoadTenant tenant, LocalDate from, LedgerTarget booker, IReadOnlyList<SlotRequest> stream, CancellationToken cancellationToken)
    {
        var claims = await new Verifier(host.Store).ClaimStatesAsync(tenant.TenantId, cancellationToken);
        var monthUri = Plans.SlotsUri(tenant.Slug, LoadTenant.Short, "any", from, from.PlusDays(30));
        var readers = Math.Max(1, options.Readers / 2);
        var month = ScenarioRunner.RunForAsync(phase, "month view (31 days)", readers, options.ReadTime,
            (_, _) => host.Client.GetAsync(monthUri, cancellationToken, keepBody: false), cancellationToken);
        var day = ScenarioRunner.RunForAsync(phase, "one-day view", readers, options.ReadTime,
            (client, iteration) =>
            {
                var date = from.PlusDays(((client * 7) + iteration) % 31);
                return host.Client.GetAsync(Plans.SlotsUri(tenant.Slug, LoadTenant.Short, "any", date, date), cancellationToken, keepBody: false);
            },
            cancellationToken);
        var bookings = ScenarioRunner.RunQueueAsync(phase, booker, stream, Bookers, options.ReadTime, cancellationToken);
        await Task.WhenAll(month, day, bookings);
        var result = new ViewPhase(phase, claims, await month, await day, await bookings);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"month / {phase}: claims settled {claims.Settled}, holding {claims.Holding}, lapsed {claims.Lapsed}; month p95 {result.Month.Percentile(95):F0} ms, " +
            $"day p95 {result.Day.Percentile(95):F0} ms, {result.Bookings.Count(201)} bookings meanwhile"));
        return result;
    }
}
