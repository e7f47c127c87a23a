using System.Text.Json;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Moves or deletes bookings' events in their staff calendars; a failure is retried by the queue, then poisoned.</summary>
public sealed class Calendar(FollowBookingInCalendar follow)
{
    [Function(nameof(FollowBookingInCalendar))]
    public Task FollowBookingInCalendar([QueueTrigger(QueueNames.Calendar)] string message, CancellationToken cancellationToken) =>
        follow.ExecuteAsync(
            JsonSerializer.Deserialize<CalendarSyncRequested>(message, AppJson.Options) ?? throw new JsonException("A calendar message must be a JSON object."),
            cancellationToken);
}
