using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Payments;

public class PaymentTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 8, 0);
    private static readonly Money Deposit = new(9_000, "ZAR");

    private static Payment Open() =>
        Payment.Open("tnt-1", "bkg-1", PaymentGatewayKind.Stripe, Deposit, new CheckoutSession("cs_1", new Uri("https://pay.example/cs_1"), new Dictionary<string, string>()), Now);

    private static PaymentEvent Event(PaymentEventKind kind, string id, Money? amount = null) =>
        new(PaymentGatewayKind.Stripe, id, kind, "tnt-1", "bkg-1", "cs_1", "pi_1", amount ?? Deposit, Now);

    private static Payment Stored(PaymentUpdate update) => Assert.IsType<PaymentUpdate.Changed>(update).Payment;

    [Fact]
    public void A_paid_notification_marks_the_deposit_paid_and_the_same_notification_again_changes_nothing()
    {
        var paid = Stored(Open().Apply(Event(PaymentEventKind.Paid, "evt_1"), Now));

        Assert.True(paid.IsPaid);
        Assert.Equal("pi_1", paid.PaymentReference);
        Assert.IsType<PaymentUpdate.Unchanged>(paid.Apply(Event(PaymentEventKind.Paid, "evt_1"), Now));
    }

    [Fact]
    public void A_payment_in_another_amount_or_currency_is_an_anomaly_and_pays_nothing()
    {
        var wrongAmount = Assert.IsType<PaymentUpdate.Changed>(Open().Apply(Event(PaymentEventKind.Paid, "evt_1", new Money(100, "ZAR")), Now));
        var wrongCurrency = Assert.IsType<PaymentUpdate.Changed>(Open().Apply(Event(PaymentEventKind.Paid, "evt_2", new Money(9_000, "USD")), Now));

        Assert.NotNull(wrongAmount.Anomaly);
        Assert.False(wrongAmount.Payment.IsPaid);
        Assert.NotNull(wrongCurrency.Anomaly);
        Assert.Equal(PaymentState.AwaitingPayment, wrongCurrency.Payment.State);
    }

    [Fact]
    public void Out_of_order_notifications_never_undo_a_later_state()
    {
        var refunded = Stored(Open().Apply(Event(PaymentEventKind.Refunded, "evt_refund"), Now));
        var paidLate = Stored(refunded.Apply(Event(PaymentEventKind.Paid, "evt_paid"), Now));
        var expiredLate = Stored(Stored(Open().Apply(Event(PaymentEventKind.Paid, "evt_1"), Now)).Apply(Event(PaymentEventKind.Expired, "evt_2"), Now));

        Assert.Equal(PaymentState.Refunded, paidLate.State);
        Assert.Equal(PaymentState.Paid, expiredLate.State);
    }

    [Fact]
    public void A_payment_paid_after_its_checkout_expired_is_recorded_paid_so_it_can_be_refunded()
    {
        var expired = Stored(Open().Apply(Event(PaymentEventKind.Expired, "evt_1"), Now));

        Assert.True(Stored(expired.Apply(Event(PaymentEventKind.Paid, "evt_2"), Now)).IsPaid);
    }

    [Fact]
    public void A_refund_is_recorded_once()
    {
        var paid = Stored(Open().Apply(Event(PaymentEventKind.Paid, "evt_1"), Now));

        var refunded = Stored(paid.RecordRefund(new RefundOutcome.Refunded("re_1"), Now));

        Assert.Equal("re_1", refunded.RefundReference);
        Assert.True(refunded.IsRefundSettled);
        Assert.IsType<PaymentUpdate.Unchanged>(refunded.RecordRefund(new RefundOutcome.Refunded("re_2"), Now));
        Assert.IsType<PaymentUpdate.Unchanged>(refunded.RecordRefund(new RefundOutcome.ManualRefundRequired("no API"), Now));
    }

    [Fact]
    public void Only_a_queried_payment_in_the_right_amount_counts_as_paid()
    {
        Assert.True(Stored(Open().ApplyQueried(new GatewayPaymentStatus(PaymentState.Paid, "pi_1", Deposit), Now)).IsPaid);
        Assert.IsType<PaymentUpdate.Unchanged>(Open().ApplyQueried(new GatewayPaymentStatus(PaymentState.Paid, "pi_1", new Money(1, "ZAR")), Now));
        Assert.IsType<PaymentUpdate.Unchanged>(Open().ApplyQueried(new GatewayPaymentStatus(PaymentState.AwaitingPayment, null, null), Now));
    }
}
