using AppointmentBooking.Functions.Application.Bookings;

namespace AppointmentBooking.Functions.Application.Messaging;

/// <summary>Removes a handled message from its booking's outbox, so the relay stops resending it.</summary>
public sealed class OutboxAcknowledger(AppointmentChanges changes)
{
    public Task AcknowledgeAsync(string tenantId, string bookingId, string messageId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(tenantId, bookingId, appointment => appointment.Acknowledge(messageId), cancellationToken);
}
