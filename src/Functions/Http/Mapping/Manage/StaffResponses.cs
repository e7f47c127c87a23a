using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Staff members and their schedules in their API shape.</summary>
public static class StaffResponses
{
    public static StaffResponse Of(StaffProfile staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var weekly = staff.Schedule.WeeklyHours.OrderBy(d => d.Key).ToList();
        return new StaffResponse(
            staff.Id,
            staff.DisplayName,
            staff.Email,
            staff.IsActive,
            [.. weekly.SelectMany(d => d.Value.Shifts.Select(r => Weekly(d.Key, r)))],
            [.. weekly.SelectMany(d => d.Value.Breaks.Select(r => Weekly(d.Key, r)))],
            [.. staff.Schedule.Overrides.OrderBy(o => o.Key).Select(o => new DateOverrideResponse(
                LocalDatePattern.Iso.Format(o.Key), [.. o.Value.Shifts.Select(r => new TimeRangeResponse(LocalFormats.Format(r.Start), LocalFormats.FormatEnd(r.End)))]))],
            [.. staff.TimeOff.Select(t => new TimeOffResponse(t.Id, LocalFormats.Format(t.Period.Start), LocalFormats.Format(t.Period.End), t.Reason))]);
    }

    private static WeeklyRangeResponse Weekly(NodaTime.IsoDayOfWeek day, LocalTimeRange range) =>
        new(LocalFormats.Format(day), LocalFormats.Format(range.Start), LocalFormats.FormatEnd(range.End));
}
