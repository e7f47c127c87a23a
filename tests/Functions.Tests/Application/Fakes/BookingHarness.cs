using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>
/// The application layer as the app composes it, on in-memory ports: a Johannesburg salon with one
/// stylist working 08:00–18:00 every day, a service without deposit and one with a 20 % deposit.
/// </summary>
internal sealed class BookingHarness : IDisposable
{
    public const string Slug = "salon";
    public const string NoDepositService = "svc-cut";
    public const string DepositService = "svc-colour";
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    private readonly ServiceProvider services;
    private InMemoryGoogle? google;

    public BookingHarness()
    {
        Tenants.Add(Tenant);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Encryption:Key"] = Convert.ToBase64String(new byte[32]) })
            .Build();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IClock>(Clock)
            .AddSingleton<IAppointmentRepository>(Appointments)
            .AddSingleton<IDayLedgerStore>(Ledgers)
            .AddSingleton<IMessagePublisher>(Publisher)
            .AddSingleton<ICustomerRecords>(Customers)
            .AddSingleton<ITenantDirectory>(Tenants)
            .AddSingleton<ITenantCatalog>(Tenants)
            .AddSingleton<IPaymentGateway>(Gateway)
            .AddSingleton<ICatalogStamps>(Tenants)
            .AddSingleton<ITenantResources<Product>>(Products)
            .AddSingleton<ISlotViewCounts>(SlotViews)
            .AddSingleton<ICalendarConnections>(Calendars)
            .AddSingleton<ICalendarAuthorization>(Google)
            .AddSingleton<ICalendarEvents>(Google)
            .AddSingleton<CredentialSealer>()
            .AddBookingTelemetry();
        services = collection.AddApplication(configuration).AddDashboard(configuration).AddStaffCalendars(configuration).BuildServiceProvider();
    }

    /// <summary>Sunday 30 Nov 2026, 08:00 in Johannesburg.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 30, 6, 0));

    public InMemoryAppointments Appointments { get; } = new();

    public InMemoryLedgers Ledgers { get; } = new();

    public RecordingPublisher Publisher { get; } = new();

    public InMemoryCustomerRecords Customers { get; } = new();

    public InMemoryTenants Tenants { get; } = new();

    public RecordingGateway Gateway { get; } = new();

    public InMemoryResources<Product> Products { get; } = new(p => p.Id);

    public InMemorySlotViews SlotViews { get; } = new();

    public InMemoryCalendarConnections Calendars { get; } = new();

    public InMemoryGoogle Google => google ??= new InMemoryGoogle(Clock);

    public static TenantConfiguration Tenant { get; } = new(
        new Tenant("tnt-1", Slug, "Salon", new BookingPolicy(Zone, "ZAR", Duration.FromHours(1), 30, Duration.FromMinutes(15),
            Duration.FromMinutes(15), Duration.FromHours(24), DepositRule.None)),
        [
            new Service(NoDepositService, "Cut", Duration.FromMinutes(60), new Money(40_000, "ZAR"), Duration.Zero, Duration.FromMinutes(15)),
            new Service(DepositService, "Colour", Duration.FromMinutes(60), new Money(100_000, "ZAR"), Duration.Zero, Duration.Zero,
                DepositRule.Percentage(20)),
        ],
        [new StaffSchedule("stf-a", Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)
            .ToDictionary(d => d, _ => new DayHours([new LocalTimeRange(new LocalTime(8, 0), new LocalTime(18, 0))])))]);

    /// <summary>Monday 1 Dec 2026 at a local time.</summary>
    public static Instant Monday(int hour, int minute = 0) => new LocalDate(2026, 12, 1).At(new LocalTime(hour, minute)).InZoneStrictly(Zone).ToInstant();

    public static LocalDate MondayDate => new(2026, 12, 1);

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public string TokenFor(string bookingId) => Get<AccessTokens>().Issue(Tenant.TenantId, bookingId);

    public static CreateBookingCommand Command(string serviceId, Instant start, string email = "ann@example.com") =>
        new(serviceId, StaffChoice.Any, start, new ContactDetails("Ann", email, null));

    public Task<BookingOutcome> BookAsync(CreateBookingCommand command, string key = "key-1") =>
        Get<CreateBooking>().ExecuteAsync(Tenant, command, key, CancellationToken.None);

    public void Dispose() => services.Dispose();
}
