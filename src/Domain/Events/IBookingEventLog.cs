using NodaTime;

namespace AppointmentBooking.Domain.Events;

/// <summary>Keeps a tenant's events for a while (the analytics' retention); each once.</summary>
public interface IBookingEventLog
{
    /// <summary>Keeps the event for <paramref name="keepFor"/>, filed under the tenant-local date it happened on; false when it was kept before (a retry).</summary>
    Task<bool> TryAppendAsync(BookingEvent bookingEvent, LocalDate localDate, Duration keepFor, CancellationToken cancellationToken);
}
