using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Payments;

/// <summary>What a gateway answers when asked about a checkout directly (for a late or missing notification).</summary>
/// <param name="State">Paid, expired, refunded, or still awaiting payment.</param>
/// <param name="PaymentReference">The gateway's id of the payment, once paid.</param>
/// <param name="Amount">The amount paid, once paid.</param>
public sealed record GatewayPaymentStatus(PaymentState State, string? PaymentReference, Money? Amount);
