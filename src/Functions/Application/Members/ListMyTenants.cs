using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Members;

/// <summary>
/// The tenants a signed-in person belongs to or is invited to, for a dashboard's tenant picker: the
/// membership index names the candidates, and each tenant's roster decides (read, never changed here:
/// an invitation is accepted by the first management call to that tenant).
/// </summary>
public sealed class ListMyTenants(IMembershipIndex index, IMemberRosters rosters, ITenantCatalog catalog, IClock clock)
{
    public async Task<IReadOnlyList<MyTenant>> ExecuteAsync(Identity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var candidates = await index.CandidateTenantsAsync(identity, cancellationToken);
        var found = await Task.WhenAll(candidates.Select(tenantId => FindAsync(identity, tenantId, cancellationToken)));
        return [.. found.OfType<MyTenant>().OrderBy(t => t.Tenant.Tenant.Name, StringComparer.CurrentCulture)];
    }

    private async Task<MyTenant?> FindAsync(Identity identity, string tenantId, CancellationToken cancellationToken)
    {
        var admission = (await rosters.FindAsync(tenantId, cancellationToken))?.Admit(identity, clock.GetCurrentInstant());
        var member = admission switch
        {
            RosterChange.Unchanged unchanged => unchanged.Member,
            RosterChange.Changed { Member: { } invited } => invited,
            _ => null,
        };
        return member is not null && await catalog.FindByIdAsync(tenantId, cancellationToken) is { } tenant
            ? new MyTenant(tenant, member, Invited: admission is RosterChange.Changed)
            : null;
    }
}
