using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>A regional gateway refused a call (4xx, or its own refusal in a 200) for a reason a retry will not change: the message says why, for the owner.</summary>
internal sealed class GatewayRefusedException(PaymentGatewayKind gateway, int status, string reason, string? code = null)
    : Exception($"{gateway} answered {status}: {reason}")
{
    public string Reason { get; } = reason;

    /// <summary>The gateway's error code (Paystack's <c>duplicate_reference</c>, say), when it gives one.</summary>
    public string? Code { get; } = code;
}
