using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Members;

namespace AppointmentBooking.Functions.Application.Management;

/// <summary>
/// What follows every stored change to what customers see (settings, services, staff, hours): a new
/// catalog stamp, so every instance's cache reloads at once, then the audit entry.
/// </summary>
public sealed class CatalogChanges(ICatalogStamps stamps, AuditRecorder audit)
{
    public async Task RecordAsync(
        Caller caller, string action, string resource, IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await stamps.StampAsync(caller.TenantId, cancellationToken);
        await audit.RecordAsync(caller, action, resource, before, after, cancellationToken);
    }
}
