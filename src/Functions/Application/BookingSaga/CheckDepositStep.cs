using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Application.Payments;
using NodaTime;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// At the hold's expiry, before giving the slot away: was the hold cleared after all? A booking the
/// business confirmed was (its saga may have started after the confirmation, and missed being told);
/// otherwise asks the payment record, then the gateway itself, so a payment whose notification is late
/// or lost still confirms the booking.
/// </summary>
public sealed class CheckDepositStep(
    IAppointmentRepository appointments, IPaymentRepository payments, PaymentChanges changes, PaymentGateways gateways, DepositEvents deposits,
    IClock clock)
{
    public async Task<bool> ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is { Status: BookingStatus.Confirmed })
        {
            return true;
        }

        var payment = await payments.FindAsync(tenantId, bookingId, cancellationToken);
        if (payment is null || payment.IsPaid || payment.State != PaymentState.AwaitingPayment || gateways.Find(payment.Gateway) is not { } gateway)
        {
            return payment?.IsPaid == true;
        }

        var status = await gateway.QueryAsync(tenantId, payment.Checkout.Reference, cancellationToken);
        var recorded = await changes.ApplyAsync(tenantId, bookingId, current => current.ApplyQueried(status, clock.GetCurrentInstant()), cancellationToken);
        if (recorded?.Update is PaymentUpdate.Changed { Payment: { IsPaid: true } found })
        {
            // A payment only asking the gateway found: no notification announced it.
            await deposits.AnnounceAsync(tenantId, bookingId, BookingEventKind.DepositPaid, found.Amount, cancellationToken);
        }

        return recorded?.Update switch
        {
            PaymentUpdate.Changed changed => changed.Payment.IsPaid,
            PaymentUpdate.Unchanged unchanged => unchanged.Payment.IsPaid,
            _ => false,
        };
    }
}
