using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// A booking's deposit at one gateway: the checkout opened, what the gateway reported and when, and
/// any refund. Notifications may arrive twice or out of order; each is recorded once, and one whose
/// amount or currency differs from the deposit is kept as an anomaly and never marks the deposit paid.
/// </summary>
public sealed class Payment
{
    private readonly PaymentChange[] history;

    /// <summary>Restores a payment as stored.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="bookingId">The booking whose deposit this is.</param>
    /// <param name="gateway">The gateway the checkout is at.</param>
    /// <param name="amount">The deposit due.</param>
    /// <param name="checkout">The checkout the gateway opened.</param>
    /// <param name="state">Where the deposit stands.</param>
    /// <param name="paymentReference">The gateway's id of the payment, once paid.</param>
    /// <param name="refundReference">The gateway's id of the refund, once refunded.</param>
    /// <param name="history">Every recorded change, oldest first.</param>
    /// <param name="version">The store's concurrency token; null before it is first stored.</param>
    public Payment(
        string tenantId,
        string bookingId,
        PaymentGatewayKind gateway,
        Money amount,
        CheckoutSession checkout,
        PaymentState state,
        string? paymentReference,
        string? refundReference,
        IEnumerable<PaymentChange> history,
        string? version = null)
    {
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        BookingId = Preconditions.CheckNotBlank(bookingId, nameof(bookingId));
        Gateway = gateway;
        Amount = Preconditions.CheckNotNull(amount, nameof(amount));
        Preconditions.CheckArgument(amount.MinorUnits > 0, nameof(amount), "must be positive.");
        Checkout = Preconditions.CheckNotNull(checkout, nameof(checkout));
        State = state;
        PaymentReference = paymentReference;
        RefundReference = refundReference;
        this.history = [.. history ?? []];
        Version = version;
    }

    /// <summary>The id of a booking's payment document.</summary>
    public string Id => IdFor(BookingId);

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The booking whose deposit this is.</summary>
    public string BookingId { get; }

    /// <summary>The gateway the checkout is at.</summary>
    public PaymentGatewayKind Gateway { get; }

    /// <summary>The deposit due.</summary>
    public Money Amount { get; }

    /// <summary>The checkout the gateway opened.</summary>
    public CheckoutSession Checkout { get; }

    /// <summary>Where the deposit stands.</summary>
    public PaymentState State { get; }

    /// <summary>The gateway's id of the payment, once paid.</summary>
    public string? PaymentReference { get; }

    /// <summary>The gateway's id of the refund, once refunded.</summary>
    public string? RefundReference { get; }

    /// <summary>Every recorded change, oldest first.</summary>
    public IReadOnlyList<PaymentChange> History => history;

    /// <summary>The store's concurrency token.</summary>
    public string? Version { get; }

    /// <summary>Whether the money arrived and stays with the tenant.</summary>
    public bool IsPaid => State == PaymentState.Paid;

    /// <summary>Whether a refund was made or handed to the owner: no second refund may follow.</summary>
    public bool IsRefundSettled => State is PaymentState.Refunded or PaymentState.ManualRefundRequired;

    /// <summary>The id of the payment document of <paramref name="bookingId"/>.</summary>
    public static string IdFor(string bookingId) => $"pay-{bookingId}";

    /// <summary>A payment awaiting the deposit at a checkout just opened.</summary>
    public static Payment Open(string tenantId, string bookingId, PaymentGatewayKind gateway, Money amount, CheckoutSession checkout, Instant now) =>
        new(tenantId, bookingId, gateway, amount, checkout, PaymentState.AwaitingPayment, null, null,
            [new PaymentChange(now, PaymentState.AwaitingPayment, null, $"Checkout {checkout.Reference} opened at {gateway}.")]);

    /// <summary>Records a verified notification, once; out-of-order ones never undo a later state.</summary>
    public PaymentUpdate Apply(PaymentEvent notification, Instant now)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (history.Any(h => h.EventId == notification.EventId))
        {
            return new PaymentUpdate.Unchanged(this);
        }

        if (notification.Kind is PaymentEventKind.Paid && notification.Amount != Amount)
        {
            var anomaly = $"Paid {notification.Amount.MinorUnits} {notification.Amount.Currency} where {Amount.MinorUnits} {Amount.Currency} was due.";
            return new PaymentUpdate.Changed(Record(now, State, notification.EventId, "Anomaly: " + anomaly), anomaly);
        }

        return notification.Kind switch
        {
            PaymentEventKind.Paid when State is PaymentState.AwaitingPayment or PaymentState.Expired =>
                Changed(now, PaymentState.Paid, notification.EventId, "Paid.", notification.PaymentReference),
            PaymentEventKind.Expired when State is PaymentState.AwaitingPayment =>
                Changed(now, PaymentState.Expired, notification.EventId, "Checkout expired unpaid."),
            PaymentEventKind.Refunded when !IsRefundSettled =>
                Changed(now, PaymentState.Refunded, notification.EventId,
                    $"Refunded {notification.Amount.MinorUnits} {notification.Amount.Currency}.", notification.PaymentReference),
            PaymentEventKind.Failed => Changed(now, State, notification.EventId, "A payment attempt failed."),
            _ => Changed(now, State, notification.EventId, $"{notification.Kind} noted; the payment was already {State}."),
        };
    }

    /// <summary>Records what the gateway answered when asked directly; only a payment in the right amount counts as paid.</summary>
    public PaymentUpdate ApplyQueried(GatewayPaymentStatus status, Instant now)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.State == PaymentState.Paid && State is PaymentState.AwaitingPayment or PaymentState.Expired && status.Amount == Amount
            ? Changed(now, PaymentState.Paid, null, "Paid (found by asking the gateway).", status.PaymentReference)
            : new PaymentUpdate.Unchanged(this);
    }

    /// <summary>Records the refund the gateway made, or the manual refund the owner must make.</summary>
    public PaymentUpdate RecordRefund(RefundOutcome outcome, Instant now) => outcome switch
    {
        _ when IsRefundSettled => new PaymentUpdate.Unchanged(this),
        RefundOutcome.Refunded refunded => new PaymentUpdate.Changed(
            new Payment(TenantId, BookingId, Gateway, Amount, Checkout, PaymentState.Refunded, PaymentReference, refunded.RefundReference,
                [.. history, new PaymentChange(now, PaymentState.Refunded, null, $"Refund {refunded.RefundReference} made.")], Version)),
        RefundOutcome.ManualRefundRequired manual => Changed(now, PaymentState.ManualRefundRequired, null, "Refund the customer by hand: " + manual.Reason),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>This state as the store returned it, with its new concurrency token.</summary>
    public Payment Stored(string version) =>
        new(TenantId, BookingId, Gateway, Amount, Checkout, State, PaymentReference, RefundReference, history, version);

    private PaymentUpdate.Changed Changed(Instant now, PaymentState state, string? eventId, string note, string? paymentReference = null) =>
        new(Record(now, state, eventId, note, paymentReference));

    private Payment Record(Instant now, PaymentState state, string? eventId, string note, string? paymentReference = null) =>
        new(TenantId, BookingId, Gateway, Amount, Checkout, state, paymentReference ?? PaymentReference, RefundReference,
            [.. history, new PaymentChange(now, state, eventId, note)], Version);
}
