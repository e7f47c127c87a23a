using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>The three free slots nearest to a start that was just taken, on that day or the next.</summary>
public sealed class AlternativeSlots(AvailabilityService availability)
{
    private const int Count = 3;

    public async Task<IReadOnlyList<AvailableSlot>> NearAsync(
        TenantConfiguration tenant, Service service, IReadOnlyList<StaffSchedule> staff, Instant start, Instant now,
        CancellationToken cancellationToken)
    {
        var date = start.InZone(tenant.Policy.Zone).Date;
        var found = await availability.FindAsync(tenant, service, staff, new DateInterval(date, date.PlusDays(1)), now, cancellationToken);
        return [.. found.Slots.OrderBy(s => Distance(s.Start, start)).Take(Count).OrderBy(s => s.Start)];
    }

    private static Duration Distance(Instant a, Instant b) => a > b ? a - b : b - a;
}
