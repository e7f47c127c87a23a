using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Payments;

/// <summary>A gateway notification that passed verification, in the gateway's own ids and amounts.</summary>
/// <param name="Gateway">Who sent it.</param>
/// <param name="EventId">The gateway's id of the notification: the same notification delivered twice has the same id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="TenantId">The tenant, from the data the app attached to the checkout.</param>
/// <param name="BookingId">The booking, from the data the app attached to the checkout.</param>
/// <param name="CheckoutReference">The checkout's id at the gateway, when the event names it (payment-level events may not).</param>
/// <param name="PaymentReference">The gateway's id of the payment itself (refunds name it), when the event carries one.</param>
/// <param name="Amount">The amount the event is about: paid, or refunded.</param>
/// <param name="OccurredAt">When the gateway says it happened.</param>
public sealed record PaymentEvent(
    PaymentGatewayKind Gateway,
    string EventId,
    PaymentEventKind Kind,
    string TenantId,
    string BookingId,
    string? CheckoutReference,
    string? PaymentReference,
    Money Amount,
    Instant OccurredAt);
