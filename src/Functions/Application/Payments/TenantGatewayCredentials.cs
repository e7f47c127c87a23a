using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Tenants;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>
/// Opens a tenant's sealed gateway credentials from its configuration as the catalog holds it (cached
/// per instance and checked against the tenant's catalog stamp, so a changed credential is used at once).
/// Only the credentials of the gateway the tenant chose are opened; a value that does not open (sealed for
/// another tenant or name, or with another key) counts as not set.
/// </summary>
public sealed class TenantGatewayCredentials(ITenantCatalog tenants, CredentialSealer sealer) : IGatewayCredentials
{
    public async Task<GatewaySecrets?> OpenAsync(string tenantId, PaymentGatewayKind gateway, CancellationToken cancellationToken)
    {
        if (await tenants.FindByIdAsync(tenantId, cancellationToken) is not { Tenant: var tenant })
        {
            return null;
        }

        if (tenant.PaymentGateway != gateway)
        {
            return GatewaySecrets.None;
        }

        var opened = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, secret) in tenant.Credentials.Sealed)
        {
            if (sealer.TryOpen(tenant.Id, name, secret) is { } value)
            {
                opened[name] = value;
            }
        }

        return new GatewaySecrets(opened);
    }
}
