using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Scheduling;

/// <summary>Free starts of one service over local dates, for one staff member or any qualified one.</summary>
public sealed class SearchSlots(AvailabilityService availability, BookingTelemetry telemetry, SlotViewCounter views, IClock clock)
{
    public async Task<SlotSearchOutcome> ExecuteAsync(
        TenantConfiguration tenant, string serviceId, StaffChoice staffChoice, DateInterval dates, CancellationToken cancellationToken)
    {
        if (tenant.FindBookableService(serviceId) is not { } service)
        {
            return new SlotSearchOutcome.NotFound($"No bookable service '{serviceId}'.");
        }

        if (tenant.StaffFor(staffChoice, service) is not { } staff)
        {
            return new SlotSearchOutcome.NotFound($"No staff member '{staffChoice}'.");
        }

        var now = clock.GetCurrentInstant();
        var found = await availability.FindAsync(tenant, service, staff, dates, now, cancellationToken);
        telemetry.SlotsViewed(tenant.TenantId, service.Id, found.Slots.Count);
        views.Record(tenant.TenantId, now.InZone(tenant.Policy.Zone).Date);
        return new SlotSearchOutcome.Found(service, found.Slots, found.Calendars);
    }
}
