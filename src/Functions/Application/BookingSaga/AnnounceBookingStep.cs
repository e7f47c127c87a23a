using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Notifications;
using NodaTime;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// Queues what the saga tells people, one message per recipient and channel: the deposit request of a
/// held booking, the confirmation of a confirmed one. Each is sent only while the booking is still in
/// that state (a hold paid or given up meanwhile needs no request), and each message carries a key that
/// makes a second delivery send nothing, so running a step twice is harmless.
/// </summary>
public sealed class AnnounceBookingStep(IAppointmentRepository appointments, IMessagePublisher publisher, IClock clock)
{
    public Task ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        TellAsync(tenantId, bookingId, BookingStatus.Confirmed, NotificationKind.Confirmation, cancellationToken);

    public Task RequestDepositAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        TellAsync(tenantId, bookingId, BookingStatus.PendingPayment, NotificationKind.DepositRequest, cancellationToken);

    private async Task TellAsync(string tenantId, string bookingId, BookingStatus state, NotificationKind kind, CancellationToken cancellationToken)
    {
        if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is { } appointment && appointment.Status == state)
        {
            await publisher.PublishAllAsync(NotificationPlanner.For(appointment, kind, "0", clock.GetCurrentInstant()), cancellationToken);
        }
    }
}
