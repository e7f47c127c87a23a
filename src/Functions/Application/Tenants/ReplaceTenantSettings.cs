using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Application.Payments;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>
/// Replaces a tenant's settings the caller read at <c>expectedVersion</c>. Credentials are sealed
/// before anything is stored. Two changes would corrupt what exists, so they are refused while it
/// exists: the currency while services are priced in another, and the time zone while bookings are to
/// come (their day ledgers are kept per local date of the old zone). A gateway the app cannot use,
/// or that does not take the tenant's currency, is refused: deposits would fail from then on.
/// </summary>
public sealed class ReplaceTenantSettings(
    ITenantRegistry tenants, ITenantResources<Service> services, IAppointmentQueries appointments, PaymentGateways gateways, CredentialSealer sealer,
    CatalogChanges changes, IClock clock)
{
    public async Task<ChangeOutcome<Tenant>> ExecuteAsync(
        Caller caller, TenantSettingsChange change, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        var current = await tenants.FindAsync(caller.TenantId, cancellationToken);
        return await VersionedEdit.ApplyAsync(current, expectedVersion, $"No tenant '{caller.TenantId}'.",
            stored => WriteAsync(caller, stored, change, cancellationToken));
    }

    private async Task<ChangeOutcome<Tenant>> WriteAsync(
        Caller caller, Versioned<Tenant> stored, TenantSettingsChange change, CancellationToken cancellationToken)
    {
        var before = stored.Value;
        if (((ChangeOutcome<Tenant>?)Unusable(change) ?? await RefusalAsync(before, change.Policy, cancellationToken)) is { } refused)
        {
            return refused;
        }

        var (gateway, credentials) = Gateway(before, change.Gateway);
        var after = new Tenant(before.Id, before.Slug, change.Name, change.Policy, gateway, change.AllowedOrigins, credentials);
        if (await tenants.TryUpdateAsync(after, stored.Version, cancellationToken) is not { } written)
        {
            return new ChangeOutcome<Tenant>.Stale();
        }

        await changes.RecordAsync(caller, "settings.replace", "settings", TenantDescription.Of(before), TenantDescription.Of(after), cancellationToken);
        return new ChangeOutcome<Tenant>.Done(written);
    }

    /// <summary>The gateway and its sealed credentials after <paramref name="change"/>; another gateway starts from none.</summary>
    private (PaymentGatewayKind? Gateway, GatewayCredentials Credentials) Gateway(Tenant before, GatewayChange? change)
    {
        if (change is null)
        {
            return (before.PaymentGateway, before.Credentials);
        }

        var kept = change.Gateway == before.PaymentGateway ? before.Credentials : GatewayCredentials.None;
        return (change.Gateway, kept.With(change.Credentials.ToDictionary(
            c => c.Key, c => c.Value is null ? null : sealer.Seal(before.Id, c.Key, c.Value))));
    }

    private ChangeOutcome<Tenant>.Invalid? Unusable(TenantSettingsChange change) => change.Gateway?.Gateway switch
    {
        { } kind when gateways.Find(kind) is null => new("payments.gateway", $"this app cannot take payments through {kind} yet."),
        { } kind when !gateways.Find(kind)!.Accepts(change.Policy.Currency) => new("payments.gateway", $"{kind} does not take payments in {change.Policy.Currency}."),
        { } kind => Foreign(gateways.Find(kind)!, change.Gateway.Credentials),
        _ => null,
    };

    /// <summary>A credential the gateway does not take, named; removing one (null) is always allowed, so stale names can be cleared.</summary>
    private static ChangeOutcome<Tenant>.Invalid? Foreign(IPaymentGateway gateway, IReadOnlyDictionary<string, string?> credentials) =>
        credentials.Where(c => c.Value is not null && !gateway.CredentialNames.Contains(c.Key)).Select(c => c.Key).Order(StringComparer.Ordinal).FirstOrDefault()
            is { } name
            ? new($"payments.credentials.{name}", gateway.CredentialNames.Count == 0
                ? $"is not taken: {gateway.Kind} works with the app's own keys."
                : $"is not a {gateway.Kind} credential; it takes {string.Join(", ", gateway.CredentialNames)}.")
            : null;

    private async Task<ChangeOutcome<Tenant>?> RefusalAsync(Tenant before, BookingPolicy policy, CancellationToken cancellationToken)
    {
        if (policy.Currency != before.Policy.Currency
            && (await services.ListAsync(before.Id, cancellationToken)).Any(s => s.Value.Price.Currency != policy.Currency))
        {
            return new ChangeOutcome<Tenant>.Refused(
                $"Services are priced in {before.Policy.Currency}; the currency can change only while no service is.");
        }

        if (policy.Zone.Id != before.Policy.Zone.Id
            && await appointments.AnyUpcomingAsync(before.Id, clock.GetCurrentInstant(), null, cancellationToken))
        {
            return new ChangeOutcome<Tenant>.Refused("Bookings are still to come in the current time zone; the time zone can change once none are.");
        }

        return null;
    }
}
