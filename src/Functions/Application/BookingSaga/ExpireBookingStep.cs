using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// Gives up a hold whose deposit never came: closes the gateway's checkout, marks the booking expired,
/// frees its slot and tells the customer. A payment that slipped in meanwhile is refunded: the slot
/// may already be someone else's.
/// </summary>
public sealed class ExpireBookingStep(
    IPaymentRepository payments, PaymentGateways gateways, AppointmentChanges changes, SlotClaimer claimer, RefundDeposit refunds,
    IMessagePublisher publisher, BookingTelemetry telemetry, IClock clock)
{
    public async Task ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        if (await payments.FindAsync(tenantId, bookingId, cancellationToken) is { State: PaymentState.AwaitingPayment } open
            && gateways.Find(open.Gateway) is { } gateway)
        {
            await gateway.ExpireCheckoutAsync(tenantId, open.Checkout.Reference, cancellationToken);
        }

        var now = clock.GetCurrentInstant();
        if (await changes.ApplyAsync(tenantId, bookingId, a => a.Expire(now), cancellationToken) is AppointmentTransition.Changed { Appointment: var expired })
        {
            await claimer.ReleaseAsync(tenantId, bookingId, expired.Placement, cancellationToken);
            telemetry.Expired(tenantId, bookingId);
            await publisher.PublishAllAsync(NotificationPlanner.For(expired, NotificationKind.HoldExpired, "0", now), cancellationToken);
        }

        await refunds.ExecuteAsync(tenantId, bookingId, cancellationToken);
    }
}
