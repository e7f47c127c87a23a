using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Events;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>
/// Acts on a verified gateway notification, quickly: records it on the payment (once, whatever the
/// order notifications arrive in), then tells the booking's saga a deposit was paid. A payment that
/// came after its booking was given up is queued for a refund; one in the wrong amount or currency is
/// an anomaly and confirms nothing.
/// </summary>
public sealed partial class HandlePaymentEvent(
    IWebhookEventLog handled, IPaymentRepository payments, PaymentChanges changes, IAppointmentRepository appointments, IMessagePublisher publisher,
    DepositEvents deposits, BookingTelemetry telemetry, IClock clock, ILogger<HandlePaymentEvent> logger)
{
    public async Task<PaymentEventOutcome> ExecuteAsync(PaymentEvent notification, IBookingSagas sagas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await handled.WasHandledAsync(notification.TenantId, notification.Gateway, notification.EventId, cancellationToken))
        {
            return PaymentEventOutcome.Duplicate;
        }

        var outcome = await RecordAsync(notification, sagas, cancellationToken);
        await handled.RecordHandledAsync(notification.TenantId, notification.Gateway, notification.EventId, cancellationToken);
        return outcome;
    }

    private async Task<PaymentEventOutcome> RecordAsync(PaymentEvent notification, IBookingSagas sagas, CancellationToken cancellationToken)
    {
        var before = await payments.FindAsync(notification.TenantId, notification.BookingId, cancellationToken);
        if (before is null || (notification.CheckoutReference is { } checkout && before.Checkout.Reference != checkout))
        {
            LogUnknown(logger, notification.Gateway, notification.EventId, notification.TenantId, notification.BookingId);
            return PaymentEventOutcome.UnknownPayment;
        }

        var (update, becamePaid) = await ApplyAsync(notification, cancellationToken);
        if (update is PaymentUpdate.Changed { Anomaly: { } anomaly })
        {
            LogAnomaly(logger, notification.Gateway, notification.EventId, notification.TenantId, notification.BookingId, anomaly);
            telemetry.Track(BookingEvents.PaymentAnomaly, notification.TenantId, notification.BookingId);
            return PaymentEventOutcome.Anomaly;
        }

        if (becamePaid)
        {
            telemetry.Track(BookingEvents.DepositPaid, notification.TenantId, notification.BookingId);
            await ActOnPaidAsync(notification, sagas, cancellationToken);
        }

        // Also when this notification was recorded before: the earlier try may have failed before announcing it.
        var after = update switch
        {
            PaymentUpdate.Changed changed => changed.Payment,
            PaymentUpdate.Unchanged unchanged => unchanged.Payment,
            _ => null,
        };
        if (after is { } paid && paid.History.Any(h => h.EventId == notification.EventId && h.State == PaymentState.Paid))
        {
            await deposits.AnnounceAsync(notification.TenantId, notification.BookingId, BookingEventKind.DepositPaid, paid.Amount, cancellationToken);
        }

        return PaymentEventOutcome.Recorded;
    }

    /// <summary>Stores the notification on the payment; says whether it is the one that made the deposit paid.</summary>
    private async Task<(PaymentUpdate Update, bool BecamePaid)> ApplyAsync(PaymentEvent notification, CancellationToken cancellationToken)
    {
        var (update, before) = await changes.ApplyAsync(notification.TenantId, notification.BookingId,
            current => current.Apply(notification, clock.GetCurrentInstant()), cancellationToken)
            ?? throw new InvalidOperationException($"The payment of booking {notification.BookingId} vanished.");
        return (update, update is PaymentUpdate.Changed { Payment.IsPaid: true } && !before.IsPaid);
    }

    /// <summary>
    /// The deposit became paid with this notification. A running saga is told; a booking whose saga has
    /// not started yet gets it started (it finds the deposit paid); a booking given up meanwhile is refunded.
    /// </summary>
    private async Task ActOnPaidAsync(PaymentEvent notification, IBookingSagas sagas, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(notification.TenantId, notification.BookingId, cancellationToken);
        if (appointment?.Status is BookingStatus.PendingPayment)
        {
            if (!await sagas.TryClearHoldAsync(appointment.Id, cancellationToken))
            {
                await sagas.StartAsync(new BookingSagaStart($"{appointment.Id}/saga", appointment.TenantId, appointment.Id, appointment.HoldExpiresAt),
                    cancellationToken);
                await sagas.TryClearHoldAsync(appointment.Id, cancellationToken);
            }

            return;
        }

        if (appointment?.Status is not BookingStatus.Confirmed)
        {
            await publisher.PublishAsync(RefundRequested.For(notification.TenantId, notification.BookingId, "paid after the booking was given up",
                clock.GetCurrentInstant()), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Gateway} event {EventId} is about tenant {TenantId} booking {BookingId}, which has no such checkout; nothing changed")]
    private static partial void LogUnknown(ILogger logger, PaymentGatewayKind gateway, string eventId, string tenantId, string bookingId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Gateway} event {EventId} for tenant {TenantId} booking {BookingId} is an anomaly and confirms nothing: {Anomaly}")]
    private static partial void LogAnomaly(ILogger logger, PaymentGatewayKind gateway, string eventId, string tenantId, string bookingId, string anomaly);
}
