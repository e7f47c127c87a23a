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
if (options.DashboardAppointments > 0)
{
    await DashboardCost.RunAsync(host, options.DashboardAppointments, cancellationToken);
    return 0;
}

await Warmup.RunAsync(host, cancellationToken);
var memory = new List<MemorySample>();
var failures = 0;
var bookings = 0;
for (var run = 1; run <= options.Runs; run++)
{
    Console.WriteLine();
    Console.WriteLine($"## Run {run}");
    var (failed, booked) = await RunAsync(host, options, run, cancellationToken);
    failures += failed;
    bookings += booked;
    host.Client.Trace.Clear();
    host.ResetCosmos();
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

// One run: every scenario, its tables printed; what it leaves behind is only the two counts it returns.
static async Task<(int Failures, int Bookings)> RunAsync(LoadHost host, LoadOptions options, int run, CancellationToken cancellationToken)
{
    var rows = await new BookingScenarios(host, options).RunAsync(run, cancellationToken);
    var views = options.Views ? await new MonthViews(host, options).RunAsync(cancellationToken) : null;
    var costs = views is null ? [] : await new CostCount(host).RunAsync(views, cancellationToken);
    Console.WriteLine();
    Console.WriteLine(Report.Bookings(rows));
    Console.WriteLine(Report.Checks(rows));
    Console.WriteLine(Report.Ratios(rows));
    var traced = rows.Select(r => r.Result).ToList();
    if (views is not null)
    {
        Console.WriteLine(Report.Views([views.Fresh, views.Steady]));
        Console.WriteLine(Report.ViewRatios(views));
        traced.AddRange([views.Fresh.Month, views.Fresh.Day, views.Steady.Month, views.Steady.Day]);
    }

    Console.WriteLine(Report.Traces(traced, host.Client.Trace));
    if (costs.Count > 0)
    {
        Console.WriteLine(Report.Costs(costs));
    }

    var booked = rows.Where(r => r.Check.Ledgers > 0).Sum(r => r.Result.Count(201))
        + (views is null ? 0 : new[] { views.Fresh, views.Steady }.Sum(p => p.Bookings.Count(201)) + options.MonthBookings);
    return (Failures(rows), booked);
}

// A double booking anywhere, or a round or crowd of the ledger API with other than exactly one success.
static int Failures(IReadOnlyList<BookingRow> rows) =>
    rows.Where(r => r.Check.Ledgers > 0).Sum(r =>
        r.Check.DoubleBookings + r.Check.OverlappingClaimPairs
        + (r.Result.Scenario.StartsWith("distinct", StringComparison.Ordinal) ? 0 : Math.Abs(r.Check.Appointments - Rounds(r))));

static int Rounds(BookingRow row) => row.Result.Scenario.StartsWith("contended", StringComparison.Ordinal) ? row.Result.Requests / row.Result.Clients : 1;
