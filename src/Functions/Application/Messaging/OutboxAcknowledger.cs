using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Common;

namespace AppointmentBooking.Functions.Application.Messaging;

/// <summary>Removes a handled message from its booking's outbox, so the relay stops resending it.</summary>
public sealed class OutboxAcknowledger(IAppointmentRepository appointments)
{
    public async Task AcknowledgeAsync(string tenantId, string bookingId, string messageId, CancellationToken cancellationToken)
    {
        var done = await OptimisticRetry.RunUntilDoneAsync(
            RetryLimits.Document, () => TryAcknowledgeAsync(tenantId, bookingId, messageId, cancellationToken), cancellationToken);
        if (!done)
        {
            throw new InvalidOperationException($"Booking {bookingId} kept changing; acknowledging message {messageId} will be retried.");
        }
    }

    private async Task<bool> TryAcknowledgeAsync(string tenantId, string bookingId, string messageId, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(tenantId, bookingId, cancellationToken);
        return appointment?.Acknowledge(messageId) is not AppointmentTransition.Changed changed
            || await appointments.TryUpdateAsync(changed.Appointment, cancellationToken) is not null;
    }
}
