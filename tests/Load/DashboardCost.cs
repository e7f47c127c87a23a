using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Load;

/// <summary>
/// The dashboard's figures two ways on one tenant with N appointments spread over a year: the kept
/// design (ComputeDashboard: single-partition queries projecting small rows) and a daily rollup (one
/// document per tenant-local day holding that day's sums, read with parallel point reads). Each is
/// timed over 30 and 365 days with its Cosmos requests counted; the rollup's write side (a read and an
/// ETag replace of the day's document per booking event) is timed too, since the queries need none.
/// The rollup documents are written here from the same appointments; nothing in src/ knows them.
/// </summary>
internal static class DashboardCost
{
    private const int Runs = 10;

    public static async Task RunAsync(LoadHost host, int appointments, CancellationToken cancellationToken)
    {
        var services = host.Services;
        var store = services.GetRequiredService<CosmosStore>();
        var tenant = new LoadTenant("dashboard");
        await tenant.SeedAsync(services.GetRequiredService<TenantDirectory>(), store, cancellationToken);
        var zone = DateTimeZoneProviders.Tzdb[LoadTenant.TimeZone];
        var today = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date;
        var documents = Enumerable.Range(0, appointments).Select(i => Appointment(tenant.TenantId, zone, today.PlusDays(-(i % 365)), i)).ToList();
        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (document, token) => await store.UpsertAsync(document, token));
        var rollups = documents.GroupBy(d => d.LocalDate).Select(g => Rollup(tenant.TenantId, g.Key, [.. g])).ToList();
        await Parallel.ForEachAsync(rollups, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (rollup, token) => await store.Container.UpsertItemAsync(rollup, new PartitionKey(tenant.TenantId), cancellationToken: token));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Dashboard: seeded {appointments} appointments and {rollups.Count} day rollups in {seeding.Elapsed.TotalSeconds:F1} s"));

        var configuration = await services.GetRequiredService<ITenantCatalog>().FindByIdAsync(tenant.TenantId, cancellationToken)
            ?? throw new InvalidOperationException("The seeded tenant is missing.");
        var compute = services.GetRequiredService<ComputeDashboard>();
        // Rows are printed as they are measured, so a run cut short by the hard stop still reports what it measured.
        Console.WriteLine("| period | implementation | appointments in period | median (ms) | min (ms) | max (ms) | Cosmos requests per call |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var days in new[] { 30, 365 })
        {
            var (first, last) = (today.PlusDays(1 - days), today);
            var inPeriod = documents.Count(d => d.LocalDate >= first && d.LocalDate <= last);
            var query = new DashboardQuery(first, last, null, WholeBusiness: true);
            Console.WriteLine(await TimeAsync(days, "daily rollup (point reads)", inPeriod, host,
                () => ReadRollupsAsync(store, tenant.TenantId, first, last, cancellationToken)));
            Console.WriteLine(await TimeAsync(days, "aggregate queries (kept)", inPeriod, host,
                () => compute.ExecuteAsync(configuration, query, cancellationToken)));
        }

        Console.WriteLine(await RollupWriteCostAsync(store, tenant.TenantId, rollups[0], cancellationToken));
    }

    private static async Task<string> TimeAsync<T>(int days, string name, int inPeriod, LoadHost host, Func<Task<T>> run)
    {
        await run();
        var times = new List<double>();
        host.ResetCosmos();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var requests = host.CosmosRecords().Count / (double)Runs;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {days} days | {name} | {inPeriod} | {times[Runs / 2]:F0} | {times[0]:F0} | {times[^1]:F0} | {requests:F0} |");
    }

    private static async Task<int> ReadRollupsAsync(CosmosStore store, string tenantId, LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, Period.Between(first, last, PeriodUnits.Days).Days + 1).Select(d => RollupId(first.PlusDays(d)));
        var read = await Task.WhenAll(ids.Select(async id =>
        {
            try
            {
                return (await store.Container.ReadItemAsync<JsonElement>(id, new PartitionKey(tenantId), cancellationToken: cancellationToken)).Resource;
            }
            catch (CosmosException missing) when (missing.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return default;
            }
        }));
        return read.Count(r => r.ValueKind == JsonValueKind.Object);
    }

    /// <summary>What a rollup adds to every booking event: read the day's document and replace it under its ETag.</summary>
    private static async Task<string> RollupWriteCostAsync(CosmosStore store, string tenantId, Dictionary<string, object> day, CancellationToken cancellationToken)
    {
        const int Events = 200;
        var id = (string)day["id"];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Events; i++)
        {
            var current = await store.Container.ReadItemAsync<Dictionary<string, JsonElement>>(id, new PartitionKey(tenantId), cancellationToken: cancellationToken);
            var next = current.Resource.ToDictionary(p => p.Key, p => (object)p.Value);
            next["events"] = i;
            await store.Container.ReplaceItemAsync(next, id, new PartitionKey(tenantId), new ItemRequestOptions { IfMatchEtag = current.ETag }, cancellationToken);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Rollup write side: {watch.Elapsed.TotalMilliseconds / Events:F1} ms and 2 Cosmos requests per booking event (read + ETag replace of the day document, {Events} events, one writer); the aggregate queries add none.");
    }

    private static AppointmentDocument Appointment(string tenantId, DateTimeZone zone, LocalDate date, int i)
    {
        var service = i % 3 == 0 ? LoadTenant.Long : LoadTenant.Short;
        var start = date.At(new LocalTime(8, 0).PlusMinutes(30 * (i / 365 % 18))).InZoneLeniently(zone).ToInstant();
        var end = start + Duration.FromMinutes(LoadTenant.DurationOf(service));
        return new AppointmentDocument
        {
            Id = $"bkg-{i:D6}",
            TenantId = tenantId,
            Status = (i % 10) switch { 0 => BookingStatus.Cancelled, 1 => BookingStatus.NoShow, 2 or 3 => BookingStatus.Completed, _ => BookingStatus.Confirmed },
            ServiceId = service,
            StaffId = LoadTenant.StaffIds[i % LoadTenant.StaffIds.Count],
            Start = start,
            End = end,
            BlockStart = start,
            BlockEnd = end,
            LocalDate = date,
            TimeZone = zone.Id,
            CustomerId = $"cus-{i % 3_000:D4}",
            Customer = new CustomerSnapshot($"Customer {i % 3_000}", $"c{i % 3_000}@example.com", null),
            PriceMinor = LoadTenant.DurationOf(service) * 1_000,
            DepositMinor = 0,
            Currency = "ZAR",
            Fingerprint = $"fp-{i}",
            CreatedAt = start - Duration.FromDays(7),
        };
    }

    private static string RollupId(LocalDate date) => $"rollup-{LocalDatePattern.Iso.Format(date)}";

    /// <summary>A day's sums as a rollup would keep them, with the day's customers (new vs returning needs them).</summary>
    private static Dictionary<string, object> Rollup(string tenantId, LocalDate date, List<AppointmentDocument> day) => new()
    {
        ["id"] = RollupId(date),
        ["tenantId"] = tenantId,
        ["type"] = "dayRollup",
        ["localDate"] = LocalDatePattern.Iso.Format(date),
        ["byStatus"] = day.GroupBy(d => d.Status.ToString()).ToDictionary(g => g.Key, g => g.Count()),
        ["bookedMinor"] = day.Where(d => d.Status is BookingStatus.Confirmed or BookingStatus.Completed).Sum(d => d.PriceMinor),
        ["staffMinutes"] = day.GroupBy(d => d.StaffId).ToDictionary(g => g.Key, g => g.Sum(d => (d.End - d.Start).TotalMinutes)),
        ["services"] = day.GroupBy(d => d.ServiceId).ToDictionary(g => g.Key, g => g.Count()),
        ["customers"] = day.Select(d => d.CustomerId).Distinct().ToList(),
    };
}
