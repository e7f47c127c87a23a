using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>
/// Announces a deposit paid or refunded. Payments carry no outbox, so the event is sent right after the
/// payment's change is stored, and sent again by whatever retries that work (a gateway's repeated
/// notification, a queued refund's retry): its id is the same each time, so it is kept once.
/// </summary>
public sealed class DepositEvents(IAppointmentRepository appointments, IMessagePublisher publisher, IClock clock)
{
    public async Task AnnounceAsync(string tenantId, string bookingId, BookingEventKind kind, Money amount, CancellationToken cancellationToken)
    {
        if (await appointments.FindAsync(tenantId, bookingId, cancellationToken) is not { } appointment)
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        await publisher.PublishAsync(BookingEventMessages.Direct(BookingEvent.OfDeposit(appointment, kind, amount, now), now), cancellationToken);
    }
}
