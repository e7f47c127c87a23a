using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Builds a tenant with ids and slug of its own, so tests never see each other's data.</summary>
public sealed class TestTenant
{
    private readonly List<ServiceDocument> services = [];
    private readonly List<StaffDocument> staff = [];

    public TestTenant()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        TenantId = $"tnt-{suffix}";
        Slug = $"salon-{suffix}";
    }

    public string TenantId { get; }

    public string Slug { get; }

    public IReadOnlyList<ServiceDocument> Services => services;

    public IReadOnlyList<StaffDocument> Staff => staff;

    public int HoldMinutes { get; init; } = 15;

    /// <summary>The tenant's IANA zone; staff hours are local to it.</summary>
    public string TimeZone { get; init; } = "Africa/Johannesburg";

    /// <summary>
    /// The gateway the tenant chose. The saga's tests were written against Stripe, which works with the
    /// app's own keys, so that is the default; gateway tests choose theirs with its credentials.
    /// </summary>
    public string Gateway { get; init; } = "stripe";

    /// <summary>The tenant's own credentials for <see cref="Gateway"/>, sealed when the tenant is seeded.</summary>
    public IReadOnlyDictionary<string, string> Credentials { get; init; } = new Dictionary<string, string>();

    public TenantDocument Document => new()
    {
        Id = TenantId,
        TenantId = TenantId,
        Slug = Slug,
        Name = "Test Salon",
        TimeZone = TimeZone,
        Currency = "ZAR",
        PaymentGateway = Gateway,
        Policy = new BookingPolicyDocument
        {
            MinimumNoticeMinutes = 60,
            MaximumDaysAhead = 30,
            SlotIntervalMinutes = 15,
            HoldMinutes = HoldMinutes,
            CancellationWindowHours = 24,
        },
    };

    /// <summary>A staff member working 08:00–18:00 every day of the week, told of bookings at <paramref name="email"/> when given.</summary>
    public TestTenant WithStaff(string id, string? email = null)
    {
        staff.Add(new StaffDocument
        {
            Id = id,
            TenantId = TenantId,
            DisplayName = id,
            Email = email,
            WeeklyHours = [.. Enum.GetValues<NodaTime.IsoDayOfWeek>()
                .Where(d => d != NodaTime.IsoDayOfWeek.None)
                .Select(d => new WeeklyWindowDocument(d, new NodaTime.LocalTime(8, 0), new NodaTime.LocalTime(18, 0)))],
        });
        return this;
    }

    public TestTenant WithService(
        string name, int minutes, long priceMinor, bool active = true, int? depositPercent = null, long? depositFixedMinor = null)
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
            DepositPercent = depositPercent,
            DepositFixedMinor = depositFixedMinor,
        });
        return this;
    }
}
