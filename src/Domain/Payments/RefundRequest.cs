using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Payments;

/// <summary>Money to return for a booking's deposit.</summary>
/// <param name="TenantId">The tenant that took the deposit.</param>
/// <param name="BookingId">The booking.</param>
/// <param name="CheckoutReference">The checkout's id at the gateway.</param>
/// <param name="PaymentReference">The gateway's id of the payment to refund.</param>
/// <param name="Amount">How much to return, at most what was paid.</param>
/// <param name="IdempotencyKey">The same for every retry, so the gateway refunds once.</param>
public sealed record RefundRequest(
    string TenantId, string BookingId, string CheckoutReference, string? PaymentReference, Money Amount, string IdempotencyKey);
