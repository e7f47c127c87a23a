using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>
/// Adds and replaces services: the staff a service names must exist. Deleting a service keeps its
/// bookings; they can still be cancelled but no longer moved (see RescheduleBooking). To stop
/// offering a service for a while, set it inactive instead.
/// </summary>
public sealed class ServiceEdits(CatalogEditor<Service> editor, StaffReferences staff)
{
    public static CatalogKind<Service> Kind { get; } = new("service", "services", s => s.Id, ServiceDescription.Of);

    public async Task<ChangeOutcome<Service>> CreateAsync(Caller caller, Service service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(service);
        return await staff.FindUnknownAsync<Service>(caller.TenantId, service.AllowedStaffIds, "staffIds", cancellationToken) is { } invalid
            ? invalid
            : await editor.CreateAsync(caller, service, cancellationToken);
    }

    public Task<ChangeOutcome<Service>> ReplaceAsync(Caller caller, Service replacement, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(replacement);
        return editor.ReplaceAsync(caller, replacement, expectedVersion, cancellationToken,
            async _ => await staff.FindUnknownAsync<Service>(caller.TenantId, replacement.AllowedStaffIds, "staffIds", cancellationToken));
    }

    public Task<ChangeOutcome<Service>> DeleteAsync(Caller caller, string serviceId, string expectedVersion, CancellationToken cancellationToken) =>
        editor.DeleteAsync(caller, serviceId, expectedVersion, cancellationToken);
}
