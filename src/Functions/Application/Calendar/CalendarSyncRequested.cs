using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Bring a booking's calendar event in line with the booking as it is now (moved: move the event;
/// cancelled: delete it), queued on the calendar queue from the booking's outbox with the change that
/// implies it. The consumer reads the booking itself, so copies and late arrivals do no harm.
/// </summary>
/// <param name="MessageId">The outbox message, acknowledged once the calendar is in line.</param>
public sealed record CalendarSyncRequested(string MessageId, string TenantId, string BookingId)
{
    /// <summary>The booking with the message in its outbox; <paramref name="change"/> tells this change's message from earlier ones.</summary>
    public static Appointment Queue(Appointment appointment, string change, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var request = new CalendarSyncRequested($"{appointment.Id}/calendar/{change}", appointment.TenantId, appointment.Id);
        return appointment.Queue(new PendingMessage(request.MessageId, QueueNames.Calendar, JsonSerializer.Serialize(request, AppJson.Options), now));
    }
}
