using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>
/// Creates a tenant with its founder as owner. The tenant and its roster are written first, under a
/// new id nobody else can hold; then the slug is claimed with a create-if-absent in the directory,
/// which only one sign-up can win. The loser's tenant is removed again and it is offered free slugs.
/// A retried sign-up finds the slug held by a tenant the caller owns and answers that tenant.
/// </summary>
public sealed class SignUp(ITenantRegistry tenants, IMemberRosters rosters, SlugSuggestions suggestions, AuditRecorder audit, IClock clock)
{
    public async Task<SignUpOutcome> ExecuteAsync(Identity founder, Tenant tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(founder);
        ArgumentNullException.ThrowIfNull(tenant);
        if (await tenants.FindSlugOwnerAsync(tenant.Slug, cancellationToken) is { } owner)
        {
            return await OwnedOrTakenAsync(founder, owner, tenant.Slug, cancellationToken);
        }

        var stored = await tenants.TryCreateAsync(tenant, cancellationToken) ?? await tenants.FindAsync(tenant.Id, cancellationToken);
        var roster = await rosters.FindAsync(tenant.Id, cancellationToken)
            ?? await rosters.TryWriteAsync(MemberRoster.Found(tenant.Id, founder, ResourceIds.New("mbr", tenant.Id, null), clock.GetCurrentInstant()),
                cancellationToken);
        if (stored is null || roster is null)
        {
            throw new InvalidOperationException($"Tenant {tenant.Id} could not be written; retry the sign-up.");
        }

        if (!await tenants.TryReserveSlugAsync(tenant.Slug, tenant.Id, cancellationToken)
            && await tenants.FindSlugOwnerAsync(tenant.Slug, cancellationToken) != tenant.Id)
        {
            await rosters.DeleteAsync(tenant.Id, cancellationToken);
            await tenants.DeleteAsync(tenant.Id, cancellationToken);
            return await OwnedOrTakenAsync(founder, null, tenant.Slug, cancellationToken);
        }

        var caller = new Caller(tenant.Id, founder, roster.Members[0]);
        await audit.RecordAsync(caller, "tenant.create", "settings", AuditRecorder.Nothing, TenantDescription.Of(stored.Value), cancellationToken);
        return new SignUpOutcome.Created(stored);
    }

    private async Task<SignUpOutcome> OwnedOrTakenAsync(Identity founder, string? owner, string slug, CancellationToken cancellationToken)
    {
        owner ??= await tenants.FindSlugOwnerAsync(slug, cancellationToken);
        if (owner is not null
            && (await rosters.FindAsync(owner, cancellationToken))?.Admit(founder, clock.GetCurrentInstant()) is RosterChange.Unchanged { Member.Role: Role.Owner }
            && await tenants.FindAsync(owner, cancellationToken) is { } existing)
        {
            return new SignUpOutcome.Created(existing);
        }

        return new SignUpOutcome.SlugTaken(await suggestions.ForAsync(slug, cancellationToken));
    }
}
