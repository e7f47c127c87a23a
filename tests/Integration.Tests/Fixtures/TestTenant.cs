using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Builds a tenant with ids and slug of its own, so tests never see each other's data.</summary>
public sealed class TestTenant
{
    private readonly List<ServiceDocument> services = [];

    public TestTenant()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        TenantId = $"tnt-{suffix}";
        Slug = $"salon-{suffix}";
    }

    public string TenantId { get; }

    public string Slug { get; }

    public IReadOnlyList<ServiceDocument> Services => services;

    public TenantDocument Document => new()
    {
        Id = TenantId,
        TenantId = TenantId,
        Slug = Slug,
        Name = "Test Salon",
        TimeZone = "Africa/Johannesburg",
        Currency = "ZAR",
        Policy = new BookingPolicyDocument
        {
            MinimumNoticeMinutes = 60,
            MaximumDaysAhead = 30,
            SlotIntervalMinutes = 15,
            HoldMinutes = 15,
            CancellationWindowHours = 24,
        },
    };

    public TestTenant WithService(string name, int minutes, long priceMinor, bool active = true)
    {
        services.Add(new ServiceDocument
        {
            Id = $"svc-{services.Count + 1}",
            TenantId = TenantId,
            Name = name,
            DurationMinutes = minutes,
            PriceMinor = priceMinor,
            Currency = "ZAR",
            Active = active,
        });
        return this;
    }
}
