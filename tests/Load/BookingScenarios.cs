using System.Globalization;
using NodaTime;

namespace AppointmentBooking.Load;

/// <summary>One scenario against one implementation, what the store held afterwards, and how long its background work ran on.</summary>
internal sealed record BookingRow(ScenarioResult Result, Verification Check, TimeSpan Drain);

/// <summary>
/// The booking path against the naive baseline, each pair measured back to back on a quiet app (the
/// booking sagas and queue functions of the previous scenario are waited out first, and that wait is
/// reported as the scenario's drain): distinct slots, contended rounds, and one crowd at one slot.
/// The order inside each pair alternates, and flips from run to run.
/// </summary>
internal sealed class BookingScenarios(LoadHost host, LoadOptions options)
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(15);

    /// <summary>Every scenario on one instance, then again with the clients spread over all instances (their ledger races go through the version check).</summary>
    public async Task<IReadOnlyList<BookingRow>> RunAsync(int run, CancellationToken cancellationToken)
    {
        var rows = new List<BookingRow>();
        foreach (var instances in new[] { 1, host.Instances.Count }.Distinct())
        {
            rows.AddRange(await RunSetAsync(run, instances, cancellationToken));
        }

        return rows;
    }

    public static LocalDate Tomorrow() =>
        SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[LoadTenant.TimeZone]).Date.PlusDays(1);

    private async Task<IReadOnlyList<BookingRow>> RunSetAsync(int run, int instances, CancellationToken cancellationToken)
    {
        var http = host.Client;
        var clients = host.Instances.Take(instances).ToList();
        IBookingTarget Ledger(string slug) => Spread([.. clients.Select(c => new LedgerTarget(c, slug))]);
        IBookingTarget Naive(string partition) => Spread([.. clients.Select(c => new NaiveTarget(c, partition))]);
        string Label(string scenario) => instances == 1 ? scenario : $"{scenario} ({instances} instances)";

        var distinct = await SeededAsync("distinct", cancellationToken);
        var contended = await SeededAsync("contended", cancellationToken);
        var crowd = await SeededAsync("crowd", cancellationToken);
        var tomorrow = Tomorrow();
        var distinctPlan = Plans.Distinct(await Plans.FreeSlotsAsync(http, distinct.Slug, LoadTenant.Short, tomorrow, 58, cancellationToken), options.Bookings);
        var rounds = Plans.Contended(
            await Plans.FreeSlotsAsync(http, contended.Slug, LoadTenant.Long, tomorrow, 31, cancellationToken), options.Rounds, options.Clients);
        var crowdRound = Plans.Crowd(await Plans.FreeSlotsAsync(http, crowd.Slug, LoadTenant.Short, tomorrow, 1, cancellationToken), options.Crowd);
        if (distinctPlan.Count == 0 || rounds.Count == 0 || crowdRound.Count == 0)
        {
            throw new InvalidOperationException("The slots endpoint offered no starts to plan with.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Plan ({instances} instance(s)): distinct {distinctPlan.Count} requests over {distinctPlan.Select(r => r.LedgerKey).Distinct().Count()} ledgers; " +
            $"contended {rounds.Count} rounds × {options.Clients} requests; crowd {options.Crowd} requests at one slot"));
        var verifier = new Verifier(host.Store);
        var naive = new[] { "distinct", "contended", "crowd" }.ToDictionary(s => s, s => $"naive-{s}-{Guid.NewGuid():N}");
        var naiveStores = new Dictionary<string, Verifier>();
        foreach (var partition in naive.Values)
        {
            naiveStores[partition] = new Verifier(await NaiveEndpoint.CreateContainerAsync(host.Store, partition, cancellationToken));
        }

        var rows = new List<BookingRow>();
        var ledgerFirst = (run + instances) % 2 == 0;
        await PairAsync(rows, ledgerFirst,
            () => ScenarioRunner.RunQueueAsync(Label("distinct"), Ledger(distinct.Slug), distinctPlan, options.Clients, options.ScenarioBudget, cancellationToken),
            () => verifier.LedgerAsync(distinct.TenantId, cancellationToken),
            () => ScenarioRunner.RunQueueAsync(Label("distinct"), Naive(naive["distinct"]), distinctPlan, options.Clients, options.ScenarioBudget, cancellationToken),
            () => naiveStores[naive["distinct"]].NaiveAsync(naive["distinct"], cancellationToken),
            cancellationToken);
        await PairAsync(rows, !ledgerFirst,
            () => ScenarioRunner.RunRoundsAsync(Label("contended"), Ledger(contended.Slug), rounds, options.ScenarioBudget, cancellationToken),
            () => verifier.LedgerAsync(contended.TenantId, cancellationToken),
            () => ScenarioRunner.RunRoundsAsync(Label("contended"), Naive(naive["contended"]), rounds, options.ScenarioBudget, cancellationToken),
            () => naiveStores[naive["contended"]].NaiveAsync(naive["contended"], cancellationToken),
            cancellationToken);
        await PairAsync(rows, ledgerFirst,
            () => ScenarioRunner.RunRoundsAsync(Label("crowd, one slot"), Ledger(crowd.Slug), crowdRound, options.ScenarioBudget, cancellationToken),
            () => verifier.LedgerAsync(crowd.TenantId, cancellationToken),
            () => ScenarioRunner.RunRoundsAsync(Label("crowd, one slot"), Naive(naive["crowd"]), crowdRound, options.ScenarioBudget, cancellationToken),
            () => naiveStores[naive["crowd"]].NaiveAsync(naive["crowd"], cancellationToken),
            cancellationToken);
        return rows;
    }

    private static IBookingTarget Spread(IReadOnlyList<IBookingTarget> instances) => instances.Count == 1 ? instances[0] : new SpreadTarget(instances);

    private async Task<LoadTenant> SeededAsync(string label, CancellationToken cancellationToken)
    {
        var tenant = new LoadTenant(label);
        await tenant.SeedAsync(host.Directory, host.Store, cancellationToken);
        return tenant;
    }

    /// <summary>The ledger row always comes first in the report, whichever ran first.</summary>
    private async Task PairAsync(
        List<BookingRow> rows, bool ledgerFirst,
        Func<Task<ScenarioResult>> ledger, Func<Task<Verification>> checkLedger,
        Func<Task<ScenarioResult>> naive, Func<Task<Verification>> checkNaive,
        CancellationToken cancellationToken)
    {
        var first = ledgerFirst ? await StepAsync(ledger, checkLedger, cancellationToken) : await StepAsync(naive, checkNaive, cancellationToken);
        var second = ledgerFirst ? await StepAsync(naive, checkNaive, cancellationToken) : await StepAsync(ledger, checkLedger, cancellationToken);
        rows.AddRange(ledgerFirst ? [first, second] : [second, first]);
    }

    private async Task<BookingRow> StepAsync(Func<Task<ScenarioResult>> scenario, Func<Task<Verification>> check, CancellationToken cancellationToken)
    {
        await host.QuiesceAsync(DrainLimit, cancellationToken);
        var result = await scenario();
        var drain = await host.QuiesceAsync(DrainLimit, cancellationToken);
        var verification = await check();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Scenario} / {result.Implementation}: {result.Requests} requests in {result.Elapsed.TotalSeconds:F1} s, {result.Count(201)} × 201, " +
            $"{result.Count(409)} × 409, {result.Other} other; double bookings {verification.DoubleBookings} pairs; background work done {drain.TotalSeconds:F1} s later"));
        return new BookingRow(result, verification, drain);
    }
}
