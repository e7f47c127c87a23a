using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http;

/// <summary>The gateway a route names (<c>stripe</c>, <c>payfast</c>, ...), among those the app has.</summary>
public static class GatewayRoute
{
    /// <exception cref="RequestRejectedException">404 when the app has no such gateway.</exception>
    public static IPaymentGateway Find(PaymentGateways gateways, string name)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        return !int.TryParse(name, out _) && Enum.TryParse<PaymentGatewayKind>(name, ignoreCase: true, out var kind) && gateways.Find(kind) is { } found
            ? found
            : throw new RequestRejectedException(ApiProblems.NotFound($"No payment gateway '{name}' takes calls here."));
    }
}
