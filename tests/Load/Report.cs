using System.Globalization;
using System.Text;

namespace AppointmentBooking.Load;

/// <summary>The tables the run prints, in Markdown so they can go into docs/performance.md as they are.</summary>
internal static class Report
{
    public static string Bookings(IEnumerable<BookingRow> rows) => Markdown(
        ["scenario", "implementation", "clients", "requests", "wall (s)", "req/s", "bookings/s", "p50 (ms)", "p95 (ms)", "p99 (ms)",
            "201", "409", "other", "double bookings (pairs)", "excess bookings", "background done after (s)"],
        rows.Select(row => Cells(
            row.Result.Scenario, row.Result.Implementation, row.Result.Clients, row.Result.Requests, F1(row.Result.Elapsed.TotalSeconds),
            F1(row.Result.RequestsPerSecond), F1(row.Result.BookingsPerSecond), F0(row.Result.Percentile(50)), F0(row.Result.Percentile(95)),
            F0(row.Result.Percentile(99)), row.Result.Count(201), row.Result.Count(409), row.Result.Other, row.Check.DoubleBookings,
            row.Check.ExcessBookings, F1(row.Drain.TotalSeconds))));

    public static string Checks(IEnumerable<BookingRow> rows) => Markdown(
        ["scenario", "implementation", "201 answers", "live appointments", "ledgers", "live claims", "overlapping claim pairs",
            "overlapping appointment pairs", "claims without appointment", "appointments without claim"],
        rows.Select(row =>
        {
            var (r, v) = (row.Result, row.Check);
            var ledger = v.Ledgers > 0;
            string Ledger(int value) => ledger ? value.ToString(CultureInfo.InvariantCulture) : "–";
            return Cells(r.Scenario, r.Implementation, r.Count(201), v.Appointments, Ledger(v.Ledgers), Ledger(v.LiveClaims),
                Ledger(v.OverlappingClaimPairs), v.OverlappingAppointmentPairs, Ledger(v.ClaimsWithoutAppointment), Ledger(v.AppointmentsWithoutClaim));
        }));

    /// <summary>Where the app spent each request's time, from the activities of the request's own trace.</summary>
    public static string Traces(IEnumerable<ScenarioResult> results, RequestTrace trace) => Markdown(
        ["scenario", "implementation", "traced", "server mean (ms)", "Cosmos calls / request", "lost ETag races / request (max)",
            "Cosmos time / request (ms, summed)", "queue sends / request", "queue time / request (ms)", "server time outside those calls (ms)"],
        results.Select(result =>
        {
            var traced = result.Attempts.Select(a => trace.Find(a.TraceId)).OfType<TracedRequest>().ToList();
            var n = Math.Max(1, traced.Count);
            double Mean(Func<TracedRequest, double> value) => traced.Sum(value) / n;
            double Calls(TracedRequest t, string source) => t.Calls.Count(c => c.Source == source);
            double Time(TracedRequest t, string source) => t.Calls.Where(c => c.Source == source).Sum(c => c.Milliseconds);
            var lost = traced.Select(t => t.Calls.Count(c => c.Status == 412)).DefaultIfEmpty(0).ToList();
            return Cells(result.Scenario, result.Implementation, traced.Count, F1(Mean(t => t.ServerMilliseconds)),
                F2(Mean(t => Calls(t, RequestTrace.Cosmos))), $"{F2(lost.Average())} ({lost.Max()})", F1(Mean(t => Time(t, RequestTrace.Cosmos))),
                F2(Mean(t => Calls(t, RequestTrace.Queue))), F1(Mean(t => Time(t, RequestTrace.Queue))),
                F1(Mean(t => Math.Max(0, t.ServerMilliseconds - Time(t, RequestTrace.Cosmos) - Time(t, RequestTrace.Queue)))));
        }));

    public static string Views(IEnumerable<ViewPhase> phases) => Markdown(
        ["phase", "claims at start (settled / holding / lapsed)", "requests", "clients", "req/s", "p50 (ms)", "p95 (ms)", "p99 (ms)", "non-2xx"],
        phases.SelectMany(phase => new[] { phase.Month, phase.Day, phase.Bookings }.Select(r => Cells(
            $"{phase.Phase}: {r.Implementation}", $"{phase.Claims.Settled} / {phase.Claims.Holding} / {phase.Claims.Lapsed}", r.Requests, r.Clients,
            F1(r.RequestsPerSecond), F0(r.Percentile(50)), F0(r.Percentile(95)), F0(r.Percentile(99)),
            r.Attempts.Count(a => a.Status is < 200 or >= 300)))));

    public static string Costs(IEnumerable<CostRow> rows) => Markdown(
        ["request", "function", "samples", "point reads", "queries", "documents returned", "creates", "replaces", "upserts", "patches",
            "deletes", "lost ETag races (412)", "KB read", "KB written"],
        rows.Select(row => Cells(
            row.Request, row.Function, row.Samples, F1(row.Mean(o => o.Kind == "read")), F1(row.Mean(o => o.Kind == "query")),
            F1(row.MeanSum(o => o.Kind == "query" ? o.Documents : 0)), F1(row.Mean(o => o.Kind == "create")),
            F1(row.Mean(o => o.Kind == "replace")), F1(row.Mean(o => o.Kind == "upsert")), F1(row.Mean(o => o.Kind == "patch")),
            F1(row.Mean(o => o.Kind == "delete")), F1(row.Mean(o => o.Status == 412)),
            F1(row.MeanSum(o => o.Kind is "read" or "query" ? o.ResponseBytes / 1024.0 : 0)),
            F1(row.MeanSum(o => o.Kind is "create" or "replace" or "upsert" or "patch" ? o.RequestBytes / 1024.0 : 0)))));

    public static string Memory(IEnumerable<MemorySample> samples) => Markdown(
        ["after run", "working set (MB)", "managed heap after full GC (MB)", "bookings made so far", "sagas kept by the in-memory Durable store"],
        samples.Select(s => Cells(s.Run, F0(s.WorkingSetMegabytes), F1(s.HeapMegabytes), s.Bookings, s.Sagas)));

    /// <summary>Each scenario's ledger row against its naive row of the same run.</summary>
    public static string Ratios(IReadOnlyList<BookingRow> rows)
    {
        var text = new StringBuilder();
        foreach (var scenario in rows.Select(r => r.Result.Scenario).Distinct())
        {
            var ledger = rows.First(r => r.Result.Scenario == scenario && r.Check.Ledgers > 0).Result;
            var naive = rows.First(r => r.Result.Scenario == scenario && r.Check.Ledgers == 0).Result;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenario}: ledger/naive throughput {Ratio(ledger.RequestsPerSecond, naive.RequestsPerSecond)} (requests/s), " +
                $"p50 {Ratio(ledger.Percentile(50), naive.Percentile(50))}, p95 {Ratio(ledger.Percentile(95), naive.Percentile(95))}"));
        }

        return text.ToString();
    }

    public static string ViewRatios(MonthViewRun views)
    {
        var text = new StringBuilder();
        foreach (var phase in new[] { views.Fresh, views.Steady })
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{phase.Phase}: month/day p95 {Ratio(phase.Month.Percentile(95), phase.Day.Percentile(95))}, p50 {Ratio(phase.Month.Percentile(50), phase.Day.Percentile(50))}"));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"month view, all holds expired / holds fresh: p95 {Ratio(views.Steady.Month.Percentile(95), views.Fresh.Month.Percentile(95))}, " +
            $"p50 {Ratio(views.Steady.Month.Percentile(50), views.Fresh.Month.Percentile(50))}; " +
            $"day view p95 {Ratio(views.Steady.Day.Percentile(95), views.Fresh.Day.Percentile(95))}"));
        return text.ToString();
    }

    private static string Ratio(double a, double b) => b == 0 ? "n/a" : (a / b).ToString("F2", CultureInfo.InvariantCulture);

    private static string F0(double value) => value.ToString("F0", CultureInfo.InvariantCulture);

    private static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string[] Cells(params object[] cells) => [.. cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty)];

    private static string Markdown(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("| " + string.Join(" | ", header.Select((_, i) => i < 2 ? "---" : "---:")) + " |");
        foreach (var row in rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }
}
