namespace AppointmentBooking.Domain.Calendar;

/// <summary>Stores one <see cref="CalendarConnection"/> per staff member, with optimistic concurrency on its version.</summary>
public interface ICalendarConnections
{
    /// <summary>The staff member's connection, or null when none is connected.</summary>
    Task<CalendarConnection?> FindAsync(string tenantId, string staffId, CancellationToken cancellationToken);

    /// <summary>Every connection of the tenant (one small query; the slot search caches it).</summary>
    Task<IReadOnlyList<CalendarConnection>> ListAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Stores a new connection, replacing the staff member's earlier one whatever its state.</summary>
    Task<CalendarConnection> ReplaceAsync(CalendarConnection connection, CancellationToken cancellationToken);

    /// <summary>Replaces the connection if it is still at its version; null when another writer changed it (or removed it).</summary>
    Task<CalendarConnection?> TryUpdateAsync(CalendarConnection connection, CancellationToken cancellationToken);

    /// <summary>Removes the connection if it is still at its version; false when it changed since or is gone.</summary>
    Task<bool> TryRemoveAsync(CalendarConnection connection, CancellationToken cancellationToken);
}
