using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps staff to their stored form and back: shifts and breaks per weekday, date overrides, time off.</summary>
internal static class StaffMapper
{
    public static StaffProfile ToDomain(StaffDocument staff)
    {
        var weekly = staff.WeeklyHours.Select(w => w.Day)
            .Distinct()
            .ToDictionary(day => day, day => new DayHours(
                staff.WeeklyHours.Where(w => w.Day == day).Select(w => new LocalTimeRange(w.Start, w.End)),
                staff.Breaks.Where(b => b.Day == day).Select(b => new LocalTimeRange(b.Start, b.End))));
        var overrides = staff.Overrides.ToDictionary(
            o => o.Date,
            o => new DayHours(o.Hours.Select(h => new LocalTimeRange(h.Start, h.End))));
        var timeOff = staff.TimeOff.Select((t, i) => new TimeOffEntry(t.Id ?? $"off-{i + 1}", new TimeOff(t.Start, t.End), t.Reason));
        return new StaffProfile(staff.Id, staff.DisplayName, staff.Active, weekly, overrides, timeOff, staff.Email);
    }

    public static StaffDocument ToDocument(string tenantId, StaffProfile staff, string? version = null) => new()
    {
        Id = staff.Id,
        TenantId = tenantId,
        DisplayName = staff.DisplayName,
        Active = staff.IsActive,
        Email = staff.Email,
        WeeklyHours = [.. Windows(staff.Schedule, hours => hours.Shifts)],
        Breaks = [.. Windows(staff.Schedule, hours => hours.Breaks)],
        Overrides = [.. staff.Schedule.Overrides.OrderBy(o => o.Key)
            .Select(o => new DateOverrideDocument(o.Key, [.. o.Value.Shifts.Select(s => new LocalTimeRangeDocument(s.Start, s.End))]))],
        TimeOff = [.. staff.TimeOff.Select(t => new TimeOffDocument(t.Period.Start, t.Period.End, t.Reason, t.Id))],
        ETag = version,
    };

    private static IEnumerable<WeeklyWindowDocument> Windows(StaffSchedule schedule, Func<DayHours, IReadOnlyList<LocalTimeRange>> ranges) =>
        from day in schedule.WeeklyHours.Keys.Order()
        from range in ranges(schedule.WeeklyHours[day])
        select new WeeklyWindowDocument(day, range.Start, range.End);
}
