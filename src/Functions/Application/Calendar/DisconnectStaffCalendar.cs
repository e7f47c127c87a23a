using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Application.Tenants;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Disconnects a staff member's calendar: revokes the grant at the provider, then forgets it. A
/// provider that cannot be reached does not keep the connection alive (the person asked for it to
/// go); the answer says whether the revocation was confirmed, so they can revoke it in their Google
/// account themselves.
/// </summary>
public sealed partial class DisconnectStaffCalendar(
    ICalendarConnections connections, ICalendarAuthorization authorization, CalendarAccess access, CalendarBusyTime busyTime, CredentialSealer sealer,
    AuditRecorder audit,
    ILogger<DisconnectStaffCalendar> logger)
{
    public async Task<Disconnection> ExecuteAsync(Caller caller, string staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await connections.FindAsync(caller.TenantId, staffId, cancellationToken) is not { } connection)
        {
            return new Disconnection.NotConnected();
        }

        var revoked = await RevokeAsync(connection, cancellationToken);
        while (!await connections.TryRemoveAsync(connection, cancellationToken))
        {
            if (await connections.FindAsync(caller.TenantId, staffId, cancellationToken) is not { } changed)
            {
                break;
            }

            connection = changed;
        }

        access.Forget(connection);
        busyTime.Forget(caller.TenantId);
        await audit.RecordAsync(caller, "calendar.disconnect", $"staff/{staffId}/calendar", CompleteCalendarConsent.Describe(connection), AuditRecorder.Nothing,
            cancellationToken);
        return new Disconnection.Done(revoked);
    }

    private async Task<bool> RevokeAsync(CalendarConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await authorization.RevokeAsync(sealer.Open(connection.TenantId, CalendarAccess.SecretName(connection.StaffId), connection.RefreshToken),
                cancellationToken);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotRevoked(logger, failure, connection.TenantId, connection.StaffId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The calendar grant of staff member {StaffId} of tenant {TenantId} could not be revoked at Google; the connection is removed all the same")]
    private static partial void LogNotRevoked(ILogger logger, Exception exception, string tenantId, string staffId);
}
