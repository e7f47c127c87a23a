using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>A tenant's settings, services and active staff as domain objects, ready for scheduling.</summary>
public sealed record TenantConfiguration(
    TenantDocument Tenant,
    BookingPolicy Policy,
    IReadOnlyDictionary<string, Service> Services,
    IReadOnlyList<ServiceDocument> ActiveServiceDocuments,
    IReadOnlyDictionary<string, StaffSchedule> Staff)
{
    public string TenantId => Tenant.TenantId;

    /// <summary>Staff who may perform the service, in a stable order (the "any staff" tie-break).</summary>
    public IReadOnlyList<StaffSchedule> StaffFor(Service service) =>
        [.. Staff.Values.Where(s => service.CanBePerformedBy(s.StaffId)).OrderBy(s => s.StaffId, StringComparer.Ordinal)];
}
