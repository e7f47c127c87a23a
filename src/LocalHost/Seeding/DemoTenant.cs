using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.LocalHost.Fakes.PayFast;
using NodaTime;

namespace AppointmentBooking.LocalHost.Seeding;

/// <summary>
/// The demo salon the local host starts with: Johannesburg, rands, three services, two stylists, and
/// three members of the development issuer — an owner, a manager and Thandi as staff — whose tokens
/// <c>mint-token</c> prints.
/// </summary>
public static class DemoTenant
{
    public const string Slug = "demo-salon";
    public const string TenantId = "tnt-demo-salon";
    public const string Owner = "owner@demo-salon.test";
    public const string Manager = "manager@demo-salon.test";
    public const string Stylist = "thandi@demo-salon.test";

    /// <summary>The members, bound to the development issuer with their e-mail address as subject.</summary>
    public static MemberRosterDocument Roster(string developmentIssuer) => new()
    {
        Id = MemberRosterDocument.DocumentId,
        TenantId = TenantId,
        Members =
        [
            Member("mbr-demo-owner", Owner, Role.Owner, null, developmentIssuer),
            Member("mbr-demo-manager", Manager, Role.Manager, null, developmentIssuer),
            Member("mbr-demo-thandi", Stylist, Role.Staff, "stf-thandi", developmentIssuer),
        ],
    };

    /// <summary>
    /// The demo salon takes deposits through PayFast with PayFast's public sandbox merchant, which the local
    /// host's PayFast simulator knows (and which also works against PayFast's real sandbox).
    /// </summary>
    public static IReadOnlyDictionary<string, string> PayFastCredentials { get; } = new Dictionary<string, string>
    {
        ["merchantId"] = FakePayFast.SandboxMerchantId,
        ["merchantKey"] = FakePayFast.SandboxMerchantKey,
        ["passphrase"] = FakePayFast.SandboxPassphrase,
    };

    public static TenantDocument Tenant { get; } = new()
    {
        Id = TenantId,
        TenantId = TenantId,
        Slug = Slug,
        Name = "Demo Salon",
        TimeZone = "Africa/Johannesburg",
        Currency = "ZAR",
        PaymentGateway = "payfast",
        Policy = new BookingPolicyDocument
        {
            MinimumNoticeMinutes = 120,
            MaximumDaysAhead = 60,
            SlotIntervalMinutes = 15,
            HoldMinutes = 15,
            CancellationWindowHours = 24,
        },
    };

    public static IReadOnlyList<ServiceDocument> Services { get; } =
    [
        Service("svc-cut-blow-dry", "Cut and blow-dry", 60, 45_000, bufferAfter: 10) with { DepositPercent = 20 },
        Service("svc-full-colour", "Full colour", 120, 120_000, bufferAfter: 15) with { DepositFixedMinor = 30_000 },
        Service("svc-manicure", "Manicure", 45, 28_000, bufferAfter: 0, staffIds: ["stf-lerato"]),
    ];

    public static IReadOnlyList<StaffDocument> Staff { get; } =
    [
        new()
        {
            Id = "stf-thandi",
            TenantId = TenantId,
            DisplayName = "Thandi",
            Email = "thandi@demo-salon.localhost",
            WeeklyHours = [.. Weekdays(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(17, 0)),
                Window(IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(13, 0))],
            Breaks = [.. Weekdays(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(12, 30), new LocalTime(13, 0))],
        },
        new()
        {
            Id = "stf-lerato",
            TenantId = TenantId,
            DisplayName = "Lerato",
            Email = "lerato@demo-salon.localhost",
            // A split shift: mornings and late afternoons, Tuesday to Saturday.
            WeeklyHours = [.. Weekdays(IsoDayOfWeek.Tuesday, IsoDayOfWeek.Saturday, new LocalTime(8, 0), new LocalTime(12, 0)),
                .. Weekdays(IsoDayOfWeek.Tuesday, IsoDayOfWeek.Saturday, new LocalTime(14, 0), new LocalTime(19, 0))],
        },
    ];

    private static MemberDocument Member(string id, string email, Role role, string? staffId, string issuer)
    {
        var since = Instant.FromUtc(2026, 1, 1, 0, 0);
        return new MemberDocument(id, email, role, staffId, issuer, email, since, since, null);
    }

    private static ServiceDocument Service(
        string id, string name, int minutes, long priceMinor, int bufferAfter, IReadOnlyList<string>? staffIds = null) => new()
    {
        Id = id,
        TenantId = TenantId,
        Name = name,
        DurationMinutes = minutes,
        PriceMinor = priceMinor,
        Currency = "ZAR",
        BufferAfterMinutes = bufferAfter,
        StaffIds = staffIds ?? [],
    };

    private static IEnumerable<WeeklyWindowDocument> Weekdays(IsoDayOfWeek first, IsoDayOfWeek last, LocalTime start, LocalTime end)
    {
        for (var day = first; day <= last; day++)
        {
            yield return Window(day, start, end);
        }
    }

    private static WeeklyWindowDocument Window(IsoDayOfWeek day, LocalTime start, LocalTime end) => new(day, start, end);
}
