using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Http.Mapping;

namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>Maps a tenant and its services to their public shape.</summary>
internal static class TenantResponses
{
    public static TenantProfileResponse Profile(TenantConfiguration tenant) =>
        new(tenant.TenantId, tenant.Tenant.Slug, tenant.Tenant.Name, tenant.Policy.Zone.Id, tenant.Policy.Currency, Services(tenant));

    public static IReadOnlyList<ServiceResponse> Services(TenantConfiguration tenant) =>
        [.. tenant.ActiveServices.Select(service => Service(tenant, service))];

    /// <summary>The deposit shown is the one the booking charges: the same rule, the same rounding and cap.</summary>
    private static ServiceResponse Service(TenantConfiguration tenant, Service service)
    {
        var deposit = tenant.DepositFor(service);
        return new ServiceResponse(service.Id, service.Name, service.Description, (int)service.Duration.TotalMinutes,
            BookingResponses.Money(service.Price), deposit.MinorUnits > 0 ? BookingResponses.Money(deposit) : null);
    }
}
