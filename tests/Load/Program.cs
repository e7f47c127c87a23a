using System.Diagnostics;
using System.Globalization;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Load;
using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

// Load driver for the booking path: the real app on Kestrel (loopback) against Azurite and the
// in-memory Cosmos server, N concurrent clients over HTTP, then a check of every ledger and
// appointment for double bookings; the same scenarios against a naive query-then-insert endpoint.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

// A hard stop for the whole run, whatever happens; the scenarios stop themselves much earlier.
using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(2) + 4 * options.ScenarioBudget);
var cancellationToken = hardStop.Token;
var total = Stopwatch.StartNew();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load run: {options.Clients} clients, up to {options.Bookings} distinct bookings, up to {options.Rounds} contended rounds, {options.ScenarioBudget.TotalSeconds:F0} s per scenario at most"));
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

await using var emulators = await RunningEmulators.StartAsync(EmulatorPorts.Free(), cancellationToken);
var settings = new Dictionary<string, string?>(emulators.Endpoints.ToConfiguration())
{
    ["Urls"] = "http://127.0.0.1:0",
    ["Cosmos:Database"] = $"load-{Guid.NewGuid():N}",
    ["Cosmos:CreateIfMissing"] = "true",
    ["Seed:DemoTenant"] = "false",
    // 32 clients share one loopback address; the per-client limit would otherwise measure itself.
    ["RateLimits:PermitsPerMinute"] = "10000000",
    ["Logging:LogLevel:Default"] = "Warning",
    // Warnings and errors go to AppLog (counted and sampled in the report), not between the tables.
    ["Logging:Console:LogLevel:Default"] = "None",
};
var tally = new CosmosRequestTally();
var app = LocalApp.Build([], settings, services => services.AddSingleton<Microsoft.Azure.Cosmos.RequestHandler>(tally));
NaiveEndpoint.Map(app);
var appLog = new AppLog();
app.Services.GetRequiredService<ILoggerFactory>().AddProvider(appLog);
await app.StartAsync(cancellationToken);
try
{
    var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };
    if (options.DashboardAppointments > 0)
    {
        await DashboardCost.RunAsync(app.Services, tally, options.DashboardAppointments, cancellationToken);
        return 0;
    }

    var store = app.Services.GetRequiredService<CosmosStore>();
    var directory = app.Services.GetRequiredService<TenantDirectory>();
    Console.WriteLine($"App on {baseAddress}, emulator processes {string.Join(", ", emulators.ProcessIds)}");

    var warmup = new LoadTenant("warmup");
    var distinct = new LoadTenant("distinct");
    var contended = new LoadTenant("contended");
    foreach (var tenant in new[] { warmup, distinct, contended })
    {
        await tenant.SeedAsync(directory, store, cancellationToken);
    }

    var zone = DateTimeZoneProviders.Tzdb[LoadTenant.TimeZone];
    var tomorrow = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date.PlusDays(1);
    var distinctPlan = Plans.Distinct(
        await Plans.FreeSlotsAsync(http, distinct.Slug, LoadTenant.Short, tomorrow, 58, cancellationToken), options.Bookings);
    var rounds = Plans.Contended(
        await Plans.FreeSlotsAsync(http, contended.Slug, LoadTenant.Long, tomorrow, 31, cancellationToken), options.Rounds, options.Clients);
    var warmupPlan = Plans.Distinct(await Plans.FreeSlotsAsync(http, warmup.Slug, LoadTenant.Short, tomorrow, 7, cancellationToken), 80);
    if (distinctPlan.Count == 0 || rounds.Count == 0 || warmupPlan.Count == 0)
    {
        throw new InvalidOperationException("The slots endpoint offered no starts to plan with.");
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan: distinct {distinctPlan.Count} requests over {distinctPlan.Select(r => r.LedgerKey).Distinct().Count()} ledgers; contended {rounds.Count} rounds × {options.Clients} requests"));

    // Warm-up (JIT, connection pools, tenant cache) on its own tenant and partition, then a sanity
    // check that both implementations refuse a slot they have just given away.
    var naiveWarmup = $"naive-warmup-{Guid.NewGuid():N}";
    var ledgerWarmupTarget = new LedgerTarget(http, warmup.Slug);
    var naiveWarmupTarget = new NaiveTarget(http, naiveWarmup);
    await ScenarioRunner.RunQueueAsync("warm-up", ledgerWarmupTarget, warmupPlan, 8, TimeSpan.FromSeconds(10), cancellationToken);
    await ScenarioRunner.RunQueueAsync("warm-up", naiveWarmupTarget, warmupPlan, 8, TimeSpan.FromSeconds(10), cancellationToken);
    var again = new[]
    {
        await ledgerWarmupTarget.BookAsync(warmupPlan[0], 0, cancellationToken),
        await naiveWarmupTarget.BookAsync(warmupPlan[0], 0, cancellationToken),
    };
    Console.WriteLine($"Sanity: booking a taken slot again → ledger {again[0].Status}, naive {again[1].Status} (both must be 409)");
    if (again.Any(a => a.Status != 409))
    {
        throw new InvalidOperationException($"Sanity check failed: {string.Join(" | ", again.Select(a => a.Body))}");
    }

    var verifier = new Verifier(store);
    var rows = new List<(ScenarioResult Result, Verification Check)>();
    var naiveDistinct = $"naive-distinct-{Guid.NewGuid():N}";
    var naiveContended = $"naive-contended-{Guid.NewGuid():N}";

    await Step("distinct / ledger", async () =>
    {
        var result = await ScenarioRunner.RunQueueAsync("distinct", new LedgerTarget(http, distinct.Slug), distinctPlan, options.Clients, options.ScenarioBudget, cancellationToken);
        return (result, await verifier.LedgerAsync(distinct.TenantId, cancellationToken));
    });
    await Step("distinct / naive", async () =>
    {
        var result = await ScenarioRunner.RunQueueAsync("distinct", new NaiveTarget(http, naiveDistinct), distinctPlan, options.Clients, options.ScenarioBudget, cancellationToken);
        return (result, await verifier.NaiveAsync(naiveDistinct, cancellationToken));
    });
    await Step("contended / ledger", async () =>
    {
        var result = await ScenarioRunner.RunRoundsAsync("contended", new LedgerTarget(http, contended.Slug), rounds, options.ScenarioBudget, cancellationToken);
        return (result, await verifier.LedgerAsync(contended.TenantId, cancellationToken));
    });
    await Step("contended / naive", async () =>
    {
        var result = await ScenarioRunner.RunRoundsAsync("contended", new NaiveTarget(http, naiveContended), rounds, options.ScenarioBudget, cancellationToken);
        return (result, await verifier.NaiveAsync(naiveContended, cancellationToken));
    });

    Console.WriteLine();
    Console.WriteLine(Report.Table(rows));
    Console.WriteLine(Report.Checks(rows));
    Console.WriteLine(Report.Ratio("distinct", rows[0].Result, rows[1].Result));
    Console.WriteLine(Report.Ratio("contended", rows[2].Result, rows[3].Result));
    var ledgerDouble = rows[0].Check.DoubleBookings + rows[2].Check.DoubleBookings + rows[0].Check.OverlappingClaimPairs + rows[2].Check.OverlappingClaimPairs;
    var naiveDouble = rows[1].Check.DoubleBookings + rows[3].Check.DoubleBookings;
    Console.WriteLine();
    Console.WriteLine($"double bookings: {ledgerDouble} (ledger API)");
    Console.WriteLine($"double bookings: {naiveDouble} (naive baseline; overlapping pairs, {rows[1].Check.ExcessBookings + rows[3].Check.ExcessBookings} bookings beyond what fits)");
    foreach (var (result, _) in rows)
    {
        foreach (var (status, count, sample) in result.Unexpected())
        {
            Console.WriteLine($"{result.Scenario} / {result.Implementation}: {count} × status {status}; sample body: {Trim(sample)}");
        }
    }

    Console.WriteLine($"App log: {appLog.Errors} errors, {appLog.Warnings} warnings");
    foreach (var sample in appLog.Samples)
    {
        Console.WriteLine("  " + Trim(sample, 2_000));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total run time {total.Elapsed.TotalSeconds:F0} s"));
    return ledgerDouble == 0 ? 0 : 1;

    async Task Step(string name, Func<Task<(ScenarioResult, Verification)>> run)
    {
        var (result, check) = await run();
        rows.Add((result, check));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {result.Requests} requests in {result.Elapsed.TotalSeconds:F1} s, {result.Count(201)} × 201, {result.Count(409)} × 409, " +
            $"{result.Count(503)} × 503, {result.Other} other; double bookings {check.DoubleBookings} pairs, {check.ExcessBookings} excess"));
    }
}
finally
{
    using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
    await app.StopAsync(stopping.Token);
    await app.DisposeAsync();
}


static string Trim(string? text, int max = 600) =>
    text is null ? "(none)" : text.Length <= max ? text : text[..max] + "…";
