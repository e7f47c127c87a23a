using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>
/// The appointment store every use case writes through: whatever a stored transition raised goes into
/// the booking's outbox in the same write, so no path can change a booking without announcing it, and
/// an announcement is never sent for a change that was not stored. The outbox's dispatch and relay
/// then send it like any other message the booking implies.
/// </summary>
public sealed class EventRaisingAppointments(IAppointmentRepository store, IClock clock) : IAppointmentRepository
{
    public Task<Appointment?> FindAsync(string tenantId, string bookingId, CancellationToken cancellationToken) =>
        store.FindAsync(tenantId, bookingId, cancellationToken);

    public Task<Appointment?> TryCreateAsync(Appointment appointment, CancellationToken cancellationToken) =>
        store.TryCreateAsync(BookingEventMessages.Outboxed(appointment, clock.GetCurrentInstant()), cancellationToken);

    public Task<Appointment?> TryUpdateAsync(Appointment appointment, CancellationToken cancellationToken) =>
        store.TryUpdateAsync(BookingEventMessages.Outboxed(appointment, clock.GetCurrentInstant()), cancellationToken);

    public Task<IReadOnlyList<Appointment>> ListConfirmedStartingAsync(string tenantId, Instant after, Instant until, CancellationToken cancellationToken) =>
        store.ListConfirmedStartingAsync(tenantId, after, until, cancellationToken);

    public Task<IReadOnlyList<Appointment>> ListOwingMessagesAsync(string tenantId, CancellationToken cancellationToken) =>
        store.ListOwingMessagesAsync(tenantId, cancellationToken);
}
