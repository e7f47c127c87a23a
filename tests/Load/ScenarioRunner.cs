using System.Collections.Concurrent;
using System.Diagnostics;

namespace AppointmentBooking.Load;

/// <summary>What one scenario against one implementation produced.</summary>
internal sealed record ScenarioResult(string Scenario, string Implementation, int Clients, TimeSpan Elapsed, IReadOnlyList<Attempt> Attempts)
{
    public int Requests => Attempts.Count;

    public int Count(int status) => Attempts.Count(a => a.Status == status);

    public int Other => Attempts.Count(a => a.Status is not (201 or 409 or 503));

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double BookingsPerSecond => Count(201) / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (Attempts.Count == 0)
        {
            return 0;
        }

        var sorted = Attempts.Select(a => a.Milliseconds).Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>Status codes other than 201 and 409, with one body each, for the report.</summary>
    public IEnumerable<(int Status, int Count, string? Sample)> Unexpected() =>
        Attempts.Where(a => a.Status is not (201 or 409))
            .GroupBy(a => a.Status)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), g.First().Body));
}

/// <summary>Drives N concurrent clients; every loop is bounded by a request count and a deadline.</summary>
internal static class ScenarioRunner
{
    /// <summary>Clients take the next request from one shared list until it is used up or time is up.</summary>
    public static async Task<ScenarioResult> RunQueueAsync(
        string scenario, IBookingTarget target, IReadOnlyList<SlotRequest> requests, int clients, TimeSpan budget, CancellationToken cancellationToken)
    {
        var attempts = new ConcurrentBag<Attempt>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(
            async () =>
            {
                int index;
                while (clock.Elapsed < budget && (index = Interlocked.Increment(ref next)) < requests.Count)
                {
                    attempts.Add(await target.BookAsync(requests[index], client, cancellationToken));
                }
            },
            cancellationToken)));
        clock.Stop();
        return new ScenarioResult(scenario, target.Name, clients, clock.Elapsed, [.. attempts]);
    }

    /// <summary>Each client sends request after request until the time is up.</summary>
    public static async Task<ScenarioResult> RunForAsync(
        string scenario, string name, int clients, TimeSpan duration, Func<int, int, Task<Attempt>> send, CancellationToken cancellationToken)
    {
        var attempts = new ConcurrentBag<Attempt>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(
            async () =>
            {
                for (var iteration = 0; clock.Elapsed < duration; iteration++)
                {
                    attempts.Add(await send(client, iteration));
                }
            },
            cancellationToken)));
        clock.Stop();
        return new ScenarioResult(scenario, name, clients, clock.Elapsed, [.. attempts]);
    }

    /// <summary>Round after round, every client fires at the round's targets at once; the next round starts when all answered.</summary>
    public static async Task<ScenarioResult> RunRoundsAsync(
        string scenario, IBookingTarget target, IReadOnlyList<IReadOnlyList<SlotRequest>> rounds, TimeSpan budget, CancellationToken cancellationToken)
    {
        var attempts = new List<Attempt>();
        var clients = rounds.Count == 0 ? 0 : rounds[0].Count;
        var clock = Stopwatch.StartNew();
        foreach (var round in rounds)
        {
            if (clock.Elapsed >= budget)
            {
                break;
            }

            attempts.AddRange(await Task.WhenAll(round.Select((request, client) =>
                Task.Run(() => target.BookAsync(request, client, cancellationToken), cancellationToken))));
        }

        clock.Stop();
        return new ScenarioResult(scenario, target.Name, clients, clock.Elapsed, attempts);
    }
}
