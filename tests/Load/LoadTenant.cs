using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Load;

/// <summary>
/// One tenant of the load run: five staff working Monday to Saturday 08:00–18:00, a 30- and a
/// 60-minute service without buffers or deposit (bookings are confirmed at once), a 15-minute grid,
/// 60 minutes' notice and 60 days ahead. Each scenario gets its own tenant, so none sees another's data.
/// The hold (15 minutes unless a scenario shortens it) is how long a claim holds by itself.
/// </summary>
internal sealed class LoadTenant
{
    private readonly int holdMinutes;

    public const string Short = "svc-30";
    public const string Long = "svc-60";
    public const string TimeZone = "Africa/Johannesburg";

    public LoadTenant(string label, int holdMinutes = 15)
    {
        this.holdMinutes = holdMinutes;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        TenantId = $"tnt-load-{label}-{suffix}";
        Slug = $"load-{label}-{suffix}";
    }

    public string TenantId { get; }

    public string Slug { get; }

    public static IReadOnlyList<string> StaffIds { get; } = ["stf-1", "stf-2", "stf-3", "stf-4", "stf-5"];

    public Duration Hold => Duration.FromMinutes(holdMinutes);

    public static int DurationOf(string serviceId) => serviceId == Long ? 60 : 30;

    public async Task SeedAsync(TenantDirectory directory, CosmosStore store, CancellationToken cancellationToken)
    {
        await directory.RegisterAsync(
            new TenantDocument
            {
                Id = TenantId,
                TenantId = TenantId,
                Slug = Slug,
                Name = "Load Salon",
                TimeZone = TimeZone,
                Currency = "ZAR",
                Policy = new BookingPolicyDocument
                {
                    MinimumNoticeMinutes = 60,
                    MaximumDaysAhead = 60,
                    SlotIntervalMinutes = 15,
                    HoldMinutes = holdMinutes,
                    CancellationWindowHours = 24,
                },
            },
            cancellationToken);
        foreach (var (id, minutes) in new[] { (Short, 30), (Long, 60) })
        {
            await store.UpsertAsync(
                new ServiceDocument
                {
                    Id = id,
                    TenantId = TenantId,
                    Name = $"Service {minutes} min",
                    DurationMinutes = minutes,
                    PriceMinor = minutes * 1_000,
                    Currency = "ZAR",
                },
                cancellationToken);
        }

        foreach (var staffId in StaffIds)
        {
            await store.UpsertAsync(
                new StaffDocument
                {
                    Id = staffId,
                    TenantId = TenantId,
                    DisplayName = $"Staff {staffId}",
                    WeeklyHours = [.. Enumerable.Range((int)IsoDayOfWeek.Monday, 6)
                        .Select(day => new WeeklyWindowDocument((IsoDayOfWeek)day, new LocalTime(8, 0), new LocalTime(18, 0)))],
                },
                cancellationToken);
        }
    }
}
