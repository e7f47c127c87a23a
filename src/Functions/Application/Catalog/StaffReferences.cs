using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Application.Management;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>Checks that staff ids a change names exist in the tenant (parallel point reads).</summary>
public sealed class StaffReferences(ITenantResources<StaffProfile> staff)
{
    /// <summary>The first unknown id as a field error of <paramref name="field"/>, or null when all exist.</summary>
    public async Task<ChangeOutcome<T>.Invalid?> FindUnknownAsync<T>(
        string tenantId, IReadOnlyCollection<string> staffIds, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staffIds);
        var ordered = staffIds.ToList();
        var found = await Task.WhenAll(ordered.Select(id => staff.FindAsync(tenantId, id, cancellationToken)));
        var missing = Array.FindIndex(found, f => f is null);
        return missing < 0 ? null : new ChangeOutcome<T>.Invalid($"{field}[{missing}]", $"no staff member '{ordered[missing]}' exists.");
    }

    /// <summary>An unknown <paramref name="staffId"/> as a field error of <paramref name="field"/>, or null when it exists or is absent.</summary>
    public async Task<ChangeOutcome<T>.Invalid?> FindUnknownAsync<T>(string tenantId, string? staffId, string field, CancellationToken cancellationToken) =>
        staffId is not null && await FindUnknownAsync<T>(tenantId, [staffId], field, cancellationToken) is { } invalid ? invalid with { Field = field } : null;
}
