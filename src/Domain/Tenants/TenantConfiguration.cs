using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Scheduling;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>A tenant with its services and active staff: everything slot search and booking read.</summary>
public sealed class TenantConfiguration
{
    private readonly Dictionary<string, Service> services;
    private readonly Dictionary<string, StaffSchedule> staff;
    private readonly Dictionary<string, Product> products;

    /// <summary>Creates the configuration; services keep the given order (the public listing's order).</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="services">Every service, in listing order.</param>
    /// <param name="staff">The schedules of the active staff.</param>
    /// <param name="catalogVersion">The tenant's catalog stamp read before the rest (see <see cref="ICatalogStamps"/>); null when never stamped.</param>
    /// <param name="products">Every product, in listing order; their stock as read then (bookings check it again).</param>
    public TenantConfiguration(
        Tenant tenant, IEnumerable<Service> services, IEnumerable<StaffSchedule> staff, string? catalogVersion = null, IEnumerable<Product>? products = null)
    {
        CatalogVersion = catalogVersion;
        Tenant = Preconditions.CheckNotNull(tenant, nameof(tenant));
        var serviceList = (services ?? []).ToList();
        this.services = serviceList.ToDictionary(s => s.Id, StringComparer.Ordinal);
        ActiveServices = [.. serviceList.Where(s => s.IsActive)];
        this.staff = (staff ?? []).ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        var productList = (products ?? []).ToList();
        this.products = productList.ToDictionary(p => p.Id, StringComparer.Ordinal);
        ActiveProducts = [.. productList.Where(p => p.IsActive)];
    }

    /// <summary>The tenant.</summary>
    public Tenant Tenant { get; }

    /// <summary>The catalog stamp this configuration is at least as new as; null when the tenant was never stamped.</summary>
    public string? CatalogVersion { get; }

    /// <summary>The tenant id.</summary>
    public string TenantId => Tenant.Id;

    /// <summary>The tenant's booking rules.</summary>
    public BookingPolicy Policy => Tenant.Policy;

    /// <summary>Every service, active or not, by id.</summary>
    public IReadOnlyDictionary<string, Service> Services => services;

    /// <summary>The services customers may book, in listing order.</summary>
    public IReadOnlyList<Service> ActiveServices { get; }

    /// <summary>Every product, active or not, by id.</summary>
    public IReadOnlyDictionary<string, Product> Products => products;

    /// <summary>The products customers may add to bookings, in listing order.</summary>
    public IReadOnlyList<Product> ActiveProducts { get; }

    /// <summary>The active staff, by id.</summary>
    public IReadOnlyDictionary<string, StaffSchedule> Staff => staff;

    /// <summary>The service if it exists and is bookable.</summary>
    public Service? FindBookableService(string serviceId) =>
        services.TryGetValue(serviceId, out var service) && service.IsActive ? service : null;

    /// <summary>Staff who may perform the service, in a stable order (the "any staff" tie-break).</summary>
    public IReadOnlyList<StaffSchedule> StaffFor(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return [.. staff.Values.Where(s => service.CanBePerformedBy(s.StaffId)).OrderBy(s => s.StaffId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The staff a choice stands for: for "any", everyone qualified for <paramref name="service"/>
    /// (everyone when no service is given); otherwise the one member. Null when that member is unknown.
    /// </summary>
    public IReadOnlyList<StaffSchedule>? StaffFor(StaffChoice choice, Service? service)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (choice.StaffId is not { } staffId)
        {
            return service is null ? [.. staff.Values.OrderBy(s => s.StaffId, StringComparer.Ordinal)] : StaffFor(service);
        }

        return staff.TryGetValue(staffId, out var schedule) ? [schedule] : null;
    }

    /// <summary>The deposit a booking of <paramref name="service"/> takes, under the service's rule or the tenant's default.</summary>
    public Money DepositFor(Service service) => Policy.DepositRuleFor(service).DepositFor(service.Price);
}
