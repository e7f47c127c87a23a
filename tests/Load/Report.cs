using System.Globalization;
using System.Text;

namespace AppointmentBooking.Load;

/// <summary>The tables the run prints, in Markdown so they can go into docs/performance.md as they are.</summary>
internal static class Report
{
    public static string Table(IEnumerable<(ScenarioResult Result, Verification Check)> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | implementation | clients | requests | wall (s) | req/s | bookings/s | p50 (ms) | p95 (ms) | p99 (ms) | 201 | 409 | 503 | other | double bookings (pairs) | excess bookings |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (r, v) in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Scenario} | {r.Implementation} | {r.Clients} | {r.Requests} | {r.Elapsed.TotalSeconds:F1} | {r.RequestsPerSecond:F1} | {r.BookingsPerSecond:F1} | " +
                $"{r.Percentile(50):F0} | {r.Percentile(95):F0} | {r.Percentile(99):F0} | {r.Count(201)} | {r.Count(409)} | {r.Count(503)} | {r.Other} | {v.DoubleBookings} | {v.ExcessBookings} |"));
        }

        return text.ToString();
    }

    public static string Checks(IEnumerable<(ScenarioResult Result, Verification Check)> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | implementation | 201 answers | live appointments | ledgers | live claims | overlapping claim pairs | overlapping appointment pairs | claims without appointment | appointments without claim |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (r, v) in rows)
        {
            var ledger = v.Ledgers > 0;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Scenario} | {r.Implementation} | {r.Count(201)} | {v.Appointments} | {(ledger ? v.Ledgers : "–")} | {(ledger ? v.LiveClaims : "–")} | " +
                $"{(ledger ? v.OverlappingClaimPairs : "–")} | {v.OverlappingAppointmentPairs} | {(ledger ? v.ClaimsWithoutAppointment : "–")} | {(ledger ? v.AppointmentsWithoutClaim : "–")} |"));
        }

        return text.ToString();
    }

    public static string Ratio(string scenario, ScenarioResult ledger, ScenarioResult naive) => string.Create(CultureInfo.InvariantCulture,
        $"{scenario}: ledger/naive throughput = {ledger.RequestsPerSecond / naive.RequestsPerSecond:F2} (requests/s), " +
        $"{Safe(ledger.BookingsPerSecond, naive.BookingsPerSecond)} (bookings/s); p50 latency ledger/naive = {Safe(ledger.Percentile(50), naive.Percentile(50))}");

    private static string Safe(double a, double b) => b == 0 ? "n/a" : (a / b).ToString("F2", CultureInfo.InvariantCulture);
}
