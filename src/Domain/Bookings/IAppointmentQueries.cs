using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>Reads over many of a tenant's appointments, for the dashboard: one tenant at a time, paged by keyset.</summary>
public interface IAppointmentQueries
{
    /// <summary>Up to <paramref name="limit"/> bookings matching <paramref name="filter"/>, by start then id, after <paramref name="after"/> when given.</summary>
    Task<Page<Appointment>> ListAsync(string tenantId, AppointmentFilter filter, PageCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>Whether any booking that still holds its slot starts after <paramref name="instant"/> (with <paramref name="staffId"/>, when given).</summary>
    Task<bool> AnyUpcomingAsync(string tenantId, Instant instant, string? staffId, CancellationToken cancellationToken);
}
