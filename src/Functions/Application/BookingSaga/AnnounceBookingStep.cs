using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Notifications;
using NodaTime;

namespace AppointmentBooking.Functions.Application.BookingSaga;

/// <summary>
/// Queues the confirmation for everyone who hears of it, one message per recipient and channel; each
/// carries a key that makes a second delivery send nothing, so running the step twice is harmless.
/// </summary>
public sealed class AnnounceBookingStep(IAppointmentRepository appointments, IMessagePublisher publisher, IClock clock)
{
    public async Task ExecuteAsync(string tenantId, string bookingId, CancellationToken cancellationToken)
    {
        if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is not { Status: BookingStatus.Confirmed } appointment)
        {
            return;
        }

        await publisher.PublishAllAsync(NotificationPlanner.For(appointment, NotificationKind.Confirmation, "0", clock.GetCurrentInstant()), cancellationToken);
    }
}
