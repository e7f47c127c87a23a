namespace AppointmentBooking.Load;

/// <summary>
/// JIT, connection pools and the tenant cache warmed on a tenant and partition of their own, then a
/// sanity check that both implementations refuse a slot they have just given away.
/// </summary>
internal static class Warmup
{
    public static async Task RunAsync(LoadHost host, CancellationToken cancellationToken)
    {
        var tenant = new LoadTenant("warmup");
        await tenant.SeedAsync(host.Directory, host.Store, cancellationToken);
        var plan = Plans.Distinct(
            await Plans.FreeSlotsAsync(host.Client, tenant.Slug, LoadTenant.Short, BookingScenarios.Tomorrow(), 7, cancellationToken), 80);
        var ledger = new LedgerTarget(host.Client, tenant.Slug);
        var partition = $"naive-warmup-{Guid.NewGuid():N}";
        await NaiveEndpoint.CreateContainerAsync(host.Store, partition, cancellationToken);
        var naive = new NaiveTarget(host.Client, partition);
        await ScenarioRunner.RunQueueAsync("warm-up", ledger, plan, 8, TimeSpan.FromSeconds(20), cancellationToken);
        await ScenarioRunner.RunQueueAsync("warm-up", naive, plan, 8, TimeSpan.FromSeconds(20), cancellationToken);
        var again = new[] { await ledger.BookAsync(plan[0], 0, cancellationToken), await naive.BookAsync(plan[0], 0, cancellationToken) };
        Console.WriteLine($"Sanity: booking a taken slot again → ledger {again[0].Status}, naive {again[1].Status} (both must be 409)");
        if (again.Any(a => a.Status != 409))
        {
            throw new InvalidOperationException($"Sanity check failed: {string.Join(" | ", again.Select(a => a.Body))}");
        }

        var traced = host.Client.Trace.Find(again[0].TraceId);
        Console.WriteLine($"Trace: the refused booking made {traced?.Calls.Count ?? 0} traced calls in {traced?.ServerMilliseconds ?? 0:F1} ms on the server");
    }
}
