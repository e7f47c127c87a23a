namespace AppointmentBooking.Domain.Payments;

/// <summary>The payment gateways a tenant can take deposits through.</summary>
public enum PaymentGatewayKind
{
    /// <summary>Stripe Checkout: cards worldwide.</summary>
    Stripe,

    /// <summary>PayFast: South Africa's redirect gateway, the default for rand prices.</summary>
    PayFast,

    /// <summary>Yoco Checkout: South African cards.</summary>
    Yoco,

    /// <summary>Paystack: cards and bank payments in Africa.</summary>
    Paystack,

    /// <summary>Netcash Pay Now: South African cards and instant EFT.</summary>
    Netcash,

    /// <summary>Payflex: pay in instalments.</summary>
    Payflex,
}
