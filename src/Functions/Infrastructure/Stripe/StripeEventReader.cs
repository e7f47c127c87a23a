using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using NodaTime;
using Stripe;
using Stripe.Checkout;

namespace AppointmentBooking.Functions.Infrastructure.Stripe;

/// <summary>
/// Reads the Stripe events the saga acts on (https://docs.stripe.com/checkout/fulfillment): a Checkout
/// Session completed and paid (or paid later, for delayed methods), expired, or failed; a payment
/// intent's attempt failed; a charge refunded. The booking comes from the metadata the app attached.
/// </summary>
internal static class StripeEventReader
{
    public const string TenantKey = "tenantId";
    public const string BookingKey = "bookingId";

    public static WebhookVerification Read(Event stripeEvent) => (stripeEvent.Type, stripeEvent.Data?.Object) switch
    {
        (EventTypes.CheckoutSessionCompleted, Session { PaymentStatus: "paid" } session) => FromSession(stripeEvent, PaymentEventKind.Paid, session),
        (EventTypes.CheckoutSessionCompleted, Session) => new WebhookVerification.Ignored("Checkout completed; the payment is still processing."),
        (EventTypes.CheckoutSessionAsyncPaymentSucceeded, Session session) => FromSession(stripeEvent, PaymentEventKind.Paid, session),
        (EventTypes.CheckoutSessionAsyncPaymentFailed, Session session) => FromSession(stripeEvent, PaymentEventKind.Failed, session),
        (EventTypes.CheckoutSessionExpired, Session session) => FromSession(stripeEvent, PaymentEventKind.Expired, session),
        (EventTypes.PaymentIntentPaymentFailed, PaymentIntent intent) =>
            From(stripeEvent, PaymentEventKind.Failed, intent.Metadata, null, intent.Id, intent.Amount, intent.Currency),
        (EventTypes.ChargeRefunded, Charge charge) =>
            From(stripeEvent, PaymentEventKind.Refunded, charge.Metadata, null, charge.PaymentIntentId, charge.AmountRefunded, charge.Currency),
        _ => new WebhookVerification.Ignored($"Stripe event {stripeEvent.Type} is not one the app acts on."),
    };

    private static WebhookVerification FromSession(Event stripeEvent, PaymentEventKind kind, Session session) =>
        From(stripeEvent, kind, session.Metadata, session.Id, session.PaymentIntentId, session.AmountTotal ?? 0, session.Currency);

    private static WebhookVerification From(
        Event stripeEvent, PaymentEventKind kind, Dictionary<string, string>? metadata, string? checkout, string? payment, long amount, string? currency)
    {
        if (metadata is null || !metadata.TryGetValue(TenantKey, out var tenantId) || !metadata.TryGetValue(BookingKey, out var bookingId)
            || string.IsNullOrEmpty(currency))
        {
            return new WebhookVerification.Ignored($"Stripe event {stripeEvent.Id} carries no booking of this app.");
        }

        return new WebhookVerification.Accepted(new PaymentEvent(
            PaymentGatewayKind.Stripe, stripeEvent.Id, kind, tenantId, bookingId, checkout, payment, new Money(amount, currency),
            Instant.FromDateTimeUtc(DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc))));
    }
}
