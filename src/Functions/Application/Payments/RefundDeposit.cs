using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>
/// Returns a booking's paid deposit, exactly once: the payment document records the refund and the
/// gateway call carries an idempotency key derived from the booking, so a retry after a crash between
/// the two gets the same refund back instead of a second one.
/// </summary>
public sealed class RefundDeposit(
    IPaymentRepository payments, PaymentChanges changes, PaymentGateways gateways, DepositEvents deposits, BookingTelemetry telemetry, IClock clock)
{
    public async Task<RefundResult> ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        var payment = await payments.FindAsync(tenantId, bookingId, cancellationToken);
        if (payment is null || payment.State is PaymentState.AwaitingPayment or PaymentState.Expired)
        {
            return RefundResult.NothingPaid;
        }

        if (payment.IsRefundSettled)
        {
            // Announced again: the try that refunded may have failed before announcing it.
            if (payment.State == PaymentState.Refunded)
            {
                await AnnounceAsync(payment, cancellationToken);
            }

            return RefundResult.AlreadySettled;
        }

        var gateway = gateways.Find(payment.Gateway) ?? throw new InvalidOperationException($"Booking {bookingId} was paid through {payment.Gateway}, which this app cannot use.");
        var outcome = await gateway.RefundAsync(
            new RefundRequest(tenantId, bookingId, payment.Checkout.Reference, payment.PaymentReference, payment.Amount, $"refund-{bookingId}"),
            cancellationToken);
        await changes.ApplyAsync(tenantId, bookingId, current => current.RecordRefund(outcome, clock.GetCurrentInstant()), cancellationToken);
        telemetry.Track(BookingEvents.DepositRefunded, tenantId, bookingId);
        if (outcome is RefundOutcome.Refunded)
        {
            await AnnounceAsync(payment, cancellationToken);
        }

        return outcome is RefundOutcome.Refunded ? RefundResult.Refunded : RefundResult.ManualRefundRequired;
    }

    private Task AnnounceAsync(Payment payment, CancellationToken cancellationToken) =>
        deposits.AnnounceAsync(payment.TenantId, payment.BookingId, BookingEventKind.DepositRefunded, payment.Amount, cancellationToken);
}
