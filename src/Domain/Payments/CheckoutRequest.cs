using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Payments;

/// <summary>A deposit to collect for one booking through a gateway's hosted checkout.</summary>
/// <param name="TenantId">The tenant taking the deposit.</param>
/// <param name="BookingId">The booking the deposit holds; gateways carry it back in their notifications.</param>
/// <param name="Amount">The deposit, in minor units.</param>
/// <param name="Description">What the customer sees on the gateway's page.</param>
/// <param name="CustomerEmail">Pre-fills the gateway's page, when known.</param>
/// <param name="ReturnUrl">Where the customer lands after paying.</param>
/// <param name="CancelUrl">Where the customer lands after giving up.</param>
/// <param name="NotifyUrl">Where the gateway posts its notifications, for gateways that take it per payment.</param>
/// <param name="GatewayReturnUrl">
/// Where a gateway that reports the outcome by sending the customer back (Payflex) sends them: the app asks
/// the gateway server to server there, then shows the booking page. It names the tenant and booking in
/// the query (<see cref="GatewayUrlQuery"/>).
/// </param>
/// <param name="ExpiresAt">When the booking's hold lapses; the checkout should not outlive it.</param>
/// <param name="IdempotencyKey">The same for every retry of this checkout, so a gateway creates it once.</param>
public sealed record CheckoutRequest(
    string TenantId,
    string BookingId,
    Money Amount,
    string Description,
    string? CustomerEmail,
    Uri ReturnUrl,
    Uri CancelUrl,
    Uri NotifyUrl,
    Uri GatewayReturnUrl,
    Instant ExpiresAt,
    string IdempotencyKey);
