using System.Collections.Concurrent;
using AppointmentBooking.Domain.Calendar;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

internal sealed class InMemoryCalendarConnections : ICalendarConnections
{
    private readonly ConcurrentDictionary<(string, string), CalendarConnection> stored = new();
    private int version;

    public Task<CalendarConnection?> FindAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.GetValueOrDefault((tenantId, staffId)));

    public Task<IReadOnlyList<CalendarConnection>> ListAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CalendarConnection>>([.. stored.Values.Where(c => c.TenantId == tenantId)]);

    public Task<CalendarConnection> ReplaceAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        var written = connection.Stored(Next());
        stored[(connection.TenantId, connection.StaffId)] = written;
        return Task.FromResult(written);
    }

    public Task<CalendarConnection?> TryUpdateAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        var key = (connection.TenantId, connection.StaffId);
        if (!stored.TryGetValue(key, out var current) || current.Version != connection.Version)
        {
            return Task.FromResult<CalendarConnection?>(null);
        }

        var written = connection.Stored(Next());
        stored[key] = written;
        return Task.FromResult<CalendarConnection?>(written);
    }

    public Task<bool> TryRemoveAsync(CalendarConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(stored.TryGetValue((connection.TenantId, connection.StaffId), out var current) && current.Version == connection.Version
            && stored.TryRemove((connection.TenantId, connection.StaffId), out _));

    private string Next() => Interlocked.Increment(ref version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
