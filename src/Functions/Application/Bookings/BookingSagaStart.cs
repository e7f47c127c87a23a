using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>What starts a booking's saga; a new booking carries it in its outbox, so no booking is left without one.</summary>
/// <param name="MessageId">The booking's outbox message this is; acknowledged once the saga runs.</param>
/// <param name="HoldExpiresAt">When the hold lapses unless the deposit is paid; null when no deposit is due.</param>
public sealed record BookingSagaStart(string MessageId, string TenantId, string BookingId, Instant? HoldExpiresAt)
{
    public bool DepositDue => HoldExpiresAt is not null;

    /// <summary>The outbox message that starts the saga of a booking just made.</summary>
    public static PendingMessage For(Appointment appointment, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var start = new BookingSagaStart($"{appointment.Id}/saga", appointment.TenantId, appointment.Id, appointment.HoldExpiresAt);
        return new PendingMessage(start.MessageId, QueueNames.Sagas, JsonSerializer.Serialize(start, AppJson.Options), now);
    }
}
