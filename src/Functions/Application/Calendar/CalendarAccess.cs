using System.Collections.Concurrent;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Tenants;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Access tokens of connected calendars: kept in memory until a minute before they expire, refreshed
/// from the sealed refresh token when needed (opened only here, for the refresh call). When the
/// provider refuses the refresh token for good (<c>invalid_grant</c>), the connection is marked as
/// needing a reconnect and the owners are told, and callers go on without the calendar. No token is
/// ever logged or returned to a client.
/// </summary>
public sealed partial class CalendarAccess(
    ICalendarAuthorization authorization, ICalendarConnections connections, CredentialSealer sealer, CalendarOwnerNotice notice, IClock clock,
    ILogger<CalendarAccess> logger)
{
    private static readonly Duration Margin = Duration.FromMinutes(1);
    private readonly ConcurrentDictionary<string, AccessGrant> tokens = new(StringComparer.Ordinal);

    /// <summary>The name a staff member's refresh token is sealed under (its tenant is the other half of the binding).</summary>
    public static string SecretName(string staffId) => $"calendar:{staffId}:refresh-token";

    /// <summary>A usable access token; null when the grant is lost (the connection now needs a reconnect).</summary>
    /// <param name="fresh">True after the provider refused the last token: refresh even if it looked valid.</param>
    /// <param name="bookingId">The booking being synced, if any, for the owners' notice.</param>
    public async Task<string?> TokenAsync(CalendarConnection connection, bool fresh, string? bookingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var key = Key(connection);
        if (!fresh && tokens.TryGetValue(key, out var cached) && cached.ExpiresAt - Margin > clock.GetCurrentInstant())
        {
            return cached.Token;
        }

        try
        {
            var refreshToken = sealer.Open(connection.TenantId, SecretName(connection.StaffId), connection.RefreshToken);
            var refreshed = await authorization.RefreshAsync(refreshToken, cancellationToken);
            tokens[key] = refreshed;
            return refreshed.Token;
        }
        catch (CalendarGrantRefusedException refused)
        {
            tokens.TryRemove(key, out _);
            await LoseAsync(connection, refused.Reason, bookingId, cancellationToken);
            return null;
        }
    }

    /// <summary>Calls the provider with an access token; a refused token is refreshed and the call made once more. Null when the grant is lost.</summary>
    /// <param name="bookingId">The booking being synced, if any, for the owners' notice.</param>
    public async Task<T?> CallAsync<T>(CalendarConnection connection, string? bookingId, Func<string, Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        if (await TokenAsync(connection, fresh: false, bookingId, cancellationToken) is not { } token)
        {
            return null;
        }

        try
        {
            return await call(token);
        }
        catch (CalendarAccessDeniedException)
        {
            return await TokenAsync(connection, fresh: true, bookingId, cancellationToken) is { } renewed ? await call(renewed) : null;
        }
    }

    /// <summary>Keeps the first access token of a consent just completed.</summary>
    public void Remember(CalendarConnection connection, AccessGrant grant) => tokens[Key(connection)] = grant;

    /// <summary>Drops the cached token of a connection that is being removed.</summary>
    public void Forget(CalendarConnection connection) => tokens.TryRemove(Key(connection), out _);

    /// <summary>
    /// Marks the connection as needing a reconnect (unless it was replaced or removed meanwhile) and
    /// tells the owners once. Only the writer that flips it logs the loss.
    /// </summary>
    private async Task LoseAsync(CalendarConnection connection, string reason, string? bookingId, CancellationToken cancellationToken)
    {
        CalendarConnection? settled = null;
        await OptimisticRetry.RunUntilDoneAsync(RetryLimits.Document, async () =>
        {
            var current = await connections.FindAsync(connection.TenantId, connection.StaffId, cancellationToken);
            if (current is null || current.ConnectedAt != connection.ConnectedAt)
            {
                return true;
            }

            if (!current.TryLose(clock.GetCurrentInstant(), reason, out var lost))
            {
                settled = current;
                return true;
            }

            settled = await connections.TryUpdateAsync(lost, cancellationToken);
            if (settled is not null)
            {
                LogLost(logger, connection.TenantId, connection.StaffId, reason);
            }

            return settled is not null;
        }, cancellationToken);
        if (settled is not null)
        {
            await notice.SendIfOwedAsync(settled, bookingId, cancellationToken);
        }
    }

    private static string Key(CalendarConnection connection) =>
        $"{connection.TenantId}/{connection.StaffId}/{connection.ConnectedAt.ToUnixTimeTicks()}";

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The calendar of staff member {StaffId} of tenant {TenantId} refused its grant ({Reason}); it needs a reconnect and bookings go on without it")]
    private static partial void LogLost(ILogger logger, string tenantId, string staffId, string reason);
}
