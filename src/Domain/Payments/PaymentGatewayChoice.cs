using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// Which gateway takes a tenant's deposits: the tenant's own choice wins; otherwise rand prices go to
/// PayFast, the local gateway South African customers know, where the app has it; everything else to Stripe.
/// </summary>
public static class PaymentGatewayChoice
{
    /// <summary>The gateway for <paramref name="tenant"/>, among those the app has.</summary>
    public static PaymentGatewayKind For(Tenant tenant, IReadOnlyCollection<PaymentGatewayKind> available)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(available);
        if (tenant.PaymentGateway is { } chosen)
        {
            return chosen;
        }

        return tenant.Policy.Currency == "ZAR" && available.Contains(PaymentGatewayKind.PayFast)
            ? PaymentGatewayKind.PayFast
            : PaymentGatewayKind.Stripe;
    }
}
