using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A page of a tenant's bookings over local dates, by start: one single-partition query per page.</summary>
public sealed class ListBookings(IAppointmentQueries appointments, IClock clock)
{
    public Task<Page<Appointment>> ExecuteAsync(TenantConfiguration tenant, BookingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(query);
        var zone = tenant.Policy.Zone;
        var filter = new AppointmentFilter(
            query.Dates.Start.AtStartOfDayInZone(zone).ToInstant(),
            query.Dates.End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(),
            query.StaffId,
            query.Status,
            clock.GetCurrentInstant());
        return appointments.ListAsync(tenant.TenantId, filter, query.After, query.Limit, cancellationToken);
    }
}
