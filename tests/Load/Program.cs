using System.Diagnostics;
using System.Globalization;
using AppointmentBooking.Load;

// Load driver: the real app on Kestrel (loopback) against Azurite and the in-memory Cosmos server, its
// queue functions and booking sagas running in the same process. Booking scenarios against a naive
// query-then-insert endpoint, a month-view scenario before and after every hold expired, a count of
// Cosmos operations per request, and the process's memory after each run. See docs/performance.md.
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

// The Azure SDKs (Cosmos, Storage queues) start activities only with this switch; the request trace reads them.
AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
using var hardStop = new CancellationTokenSource(TimeSpan.FromMinutes(40 * options.Runs));
var cancellationToken = hardStop.Token;
var total = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Load run: {options.Clients} clients, {options.Bookings} distinct bookings, {options.Rounds} contended rounds, a crowd of {options.Crowd}; " +
    $"{options.Readers} slot readers for {options.ReadTime.TotalSeconds:F0} s per phase; {options.Runs} run(s)"));
Console.WriteLine($"Machine: Environment.ProcessorCount {Environment.ProcessorCount} (DOTNET_PROCESSOR_COUNT={Environment.GetEnvironmentVariable("DOTNET_PROCESSOR_COUNT") ?? "unset"}), " +
    $".NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

await using var host = await LoadHost.StartAsync(cancellationToken);
Console.WriteLine(host.Description);
await Warmup.RunAsync(host, cancellationToken);
var memory = new List<MemorySample>();
var failures = 0;
var bookings = 0;
for (var run = 1; run <= options.Runs; run++)
{
    Console.WriteLine();
    Console.WriteLine($"## Run {run}");
    var rows = await new BookingScenarios(host, options).RunAsync(run, cancellationToken);
    var views = await new MonthViews(host, options).RunAsync(cancellationToken);
    var costs = await new CostCount(host).RunAsync(views, cancellationToken);
    Console.WriteLine();
    Console.WriteLine(Report.Bookings(rows));
    Console.WriteLine(Report.Checks(rows));
    Console.WriteLine(Report.Views([views.Fresh, views.Steady]));
    Console.WriteLine(Report.Targets(rows, views));
    Console.WriteLine(Report.Traces(
        [.. rows.Select(r => r.Result), views.Fresh.Month, views.Fresh.Day, views.Steady.Month, views.Steady.Day], host.Client.Trace));
    Console.WriteLine(Report.Costs(costs));
    failures += Failures(rows);
    bookings += rows.Where(r => r.Check.Ledgers > 0).Sum(r => r.Result.Count(201))
        + new[] { views.Fresh, views.Steady }.Sum(p => p.Bookings.Count(201)) + options.MonthBookings;
    host.Client.Trace.Clear();
    host.Cosmos.Reset();
    memory.Add(MemorySample.Take(run, bookings, await host.SagaCountAsync(cancellationToken)));
}

Console.WriteLine(Report.Memory(memory));
Console.WriteLine($"App log: {host.Log.Errors} errors, {host.Log.Warnings} warnings");
foreach (var sample in host.Log.Samples)
{
    Console.WriteLine("  " + (sample.Length <= 2_000 ? sample : sample[..2_000] + "…"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total run time {total.Elapsed.TotalSeconds:F0} s; {failures} failed checks"));
return failures == 0 ? 0 : 1;

// A double booking anywhere, or a round or crowd of the ledger API with other than exactly one success.
static int Failures(IReadOnlyList<BookingRow> rows) =>
    rows.Where(r => r.Check.Ledgers > 0).Sum(r =>
        r.Check.DoubleBookings + r.Check.OverlappingClaimPairs
        + (r.Result.Scenario == "distinct" ? 0 : Math.Abs(r.Check.Appointments - Rounds(r))));

static int Rounds(BookingRow row) => row.Result.Scenario == "contended" ? row.Result.Requests / row.Result.Clients : 1;
