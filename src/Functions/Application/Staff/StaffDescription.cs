using System.Globalization;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Staff;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Application.Staff;

/// <summary>A staff member's fields as text, for the audit trail's before and after.</summary>
public static class StaffDescription
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static IReadOnlyDictionary<string, string?> Of(StaffProfile staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var schedule = staff.Schedule;
        return new Dictionary<string, string?>
        {
            ["displayName"] = staff.DisplayName,
            ["email"] = staff.Email,
            ["active"] = staff.IsActive ? "true" : "false",
            ["weeklyHours"] = Weekly(schedule, hours => hours.Shifts),
            ["breaks"] = Weekly(schedule, hours => hours.Breaks),
            ["dateOverrides"] = string.Join("; ", schedule.Overrides.OrderBy(o => o.Key)
                .Select(o => $"{Date.Format(o.Key)} {Ranges(o.Value.Shifts, "closed")}")),
            ["timeOff"] = string.Join("; ", staff.TimeOff.Select(TimeOff)),
        };
    }

    public static string TimeOff(TimeOffEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{entry.Id} {DateTime.Format(entry.Period.Start)}..{DateTime.Format(entry.Period.End)}";
    }

    private static string Weekly(StaffSchedule schedule, Func<DayHours, IReadOnlyList<LocalTimeRange>> ranges) =>
        string.Join("; ", schedule.WeeklyHours.OrderBy(d => d.Key)
            .Where(d => ranges(d.Value).Count > 0)
            .Select(d => $"{d.Key.ToString().ToLower(CultureInfo.InvariantCulture)} {Ranges(ranges(d.Value), string.Empty)}"));

    private static string Ranges(IReadOnlyList<LocalTimeRange> ranges, string none) =>
        ranges.Count == 0 ? none : string.Join(", ", ranges.Select(r => r.ToString()));
}
