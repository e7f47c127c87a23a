using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Gateways;

/// <summary>
/// The regional gateways as the app registers them (typed clients, resilience, options) against local
/// fakes, with tenants' credentials and payments in memory: one tenant per test, its deposit R90.00.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 8, 0);
    public static readonly Money Deposit = new(9_000, "ZAR");

    private readonly ServiceProvider services;

    private GatewayHarness(ServiceProvider services, FakeClock clock, InMemoryPayments payments, InMemoryCredentials credentials)
    {
        this.services = services;
        Clock = clock;
        Payments = payments;
        Credentials = credentials;
    }

    public FakeClock Clock { get; }

    public InMemoryPayments Payments { get; }

    public InMemoryCredentials Credentials { get; }

    public string TenantId { get; } = "tnt-" + Guid.NewGuid().ToString("N")[..10];

    public string BookingId { get; } = "bkg-" + Guid.NewGuid().ToString("N");

    public static GatewayHarness Start(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var clock = new FakeClock(Now);
        var payments = new InMemoryPayments();
        var credentials = new InMemoryCredentials();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IClock>(clock)
            .AddSingleton<IPaymentRepository>(payments)
            .AddSingleton<IGatewayCredentials>(credentials)
            .AddRegionalGateways(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        configure?.Invoke(collection);
        return new GatewayHarness(collection.BuildServiceProvider(), clock, payments, credentials);
    }

    public IPaymentGateway Gateway(PaymentGatewayKind kind) => services.GetServices<IPaymentGateway>().Single(g => g.Kind == kind);

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public CheckoutRequest Request(PaymentGatewayKind gateway, string? email = "ann@example.com") => new(
        TenantId, BookingId, Deposit, "Deposit: Cut at Test Salon", email,
        new Uri($"https://book.example/salon/bookings/{BookingId}?payment=done"),
        new Uri($"https://book.example/salon/bookings/{BookingId}?payment=cancelled"),
        new Uri($"https://app.example/api/webhooks/{gateway.ToString().ToLowerInvariant()}"),
        new Uri($"https://app.example/api/payments/{gateway.ToString().ToLowerInvariant()}/return?tenant={TenantId}&booking={BookingId}"),
        Now + Duration.FromMinutes(15), $"deposit-{BookingId}");

    /// <summary>Opens the checkout through the adapter and stores the payment as the app would.</summary>
    public async Task<CheckoutSession> OpenAsync(PaymentGatewayKind gateway, CheckoutRequest? request = null)
    {
        var session = await Gateway(gateway).CreateCheckoutAsync(request ?? Request(gateway), CancellationToken.None);
        await Payments.TryCreateAsync(Payment.Open(TenantId, BookingId, gateway, Deposit, session, Now), CancellationToken.None);
        return session;
    }

    /// <summary>Stores the payment as paid, with the gateway's id of the payment, for refund tests.</summary>
    public Task<RefundOutcome> RefundAsync(PaymentGatewayKind gateway, string checkoutReference, string? paymentReference) =>
        Gateway(gateway).RefundAsync(new RefundRequest(TenantId, BookingId, checkoutReference, paymentReference, Deposit, $"refund-{BookingId}"),
            CancellationToken.None);

    public static WebhookDelivery Delivery(string body, IReadOnlyDictionary<string, string>? headers = null,
        IReadOnlyDictionary<string, string>? query = null, string? remoteAddress = "127.0.0.1") =>
        new(new Dictionary<string, string>(headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase), body,
            query ?? new Dictionary<string, string>(), remoteAddress);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
