using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>The gateways this app has, and which one takes a tenant's deposits.</summary>
public sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways)
{
    private readonly Dictionary<PaymentGatewayKind, IPaymentGateway> byKind = gateways.ToDictionary(g => g.Kind);

    public IPaymentGateway? Find(PaymentGatewayKind kind) => byKind.GetValueOrDefault(kind);

    /// <summary>The gateway the tenant's deposits go through, or null when the app does not have it.</summary>
    public IPaymentGateway? For(Tenant tenant) => Find(PaymentGatewayChoice.For(tenant, byKind.Keys));

    /// <summary>Why the tenant cannot take a deposit in <paramref name="currency"/> right now, or null when it can.</summary>
    public async Task<string?> WhyNotReadyAsync(Tenant tenant, string currency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var kind = PaymentGatewayChoice.For(tenant, byKind.Keys);
        return Find(kind) switch
        {
            null => $"Deposits go through {kind}, which this app cannot use.",
            { } gateway when !gateway.Accepts(currency) => $"{kind} does not take payments in {currency}.",
            { } gateway when !await gateway.IsConfiguredForAsync(tenant.Id, cancellationToken) =>
                $"{kind} is not set up for this business yet, so it cannot take deposits.",
            _ => null,
        };
    }
}
