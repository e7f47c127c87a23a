using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>
/// Checks a staff member as managers write them and lists every bad field at once (400): each range
/// is named by its path (<c>weeklyHours[2].end</c>), overlapping shifts by the list they are in.
/// </summary>
public static class StaffRequests
{
    private const int MaxNameLength = 200;
    private const int MaxWeeklyRanges = 70;
    private const int MaxOverrides = 400;
    private const int MaxTimeOff = 500;
    private const int MaxReasonLength = 500;

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static StaffProfile ToProfile(StaffRequest request, string staffId, Func<string> newTimeOffId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(newTimeOffId);
        var errors = new FieldErrors();
        var name = errors.Text(request.DisplayName, "displayName", MaxNameLength);
        var shifts = Weekly(request.WeeklyHours ?? [], "weeklyHours", errors);
        var breaks = Weekly(request.Breaks ?? [], "breaks", errors);
        var overrides = Overrides(request.DateOverrides ?? [], errors);
        var timeOff = TimeOff(request.TimeOff ?? [], newTimeOffId, errors);
        errors.ThrowIfAny();
        var weekly = shifts.Select(s => s.Day).Distinct().ToDictionary(day => day, day => errors.Try(
            () => new DayHours(shifts.Where(s => s.Day == day).Select(s => s.Range), breaks.Where(b => b.Day == day).Select(b => b.Range)),
            renames: new Dictionary<string, string> { ["shifts"] = "weeklyHours" })!);
        errors.ThrowIfAny();
        var profile = errors.Try(() => new StaffProfile(staffId, name!, request.Active ?? true, weekly, overrides, timeOff, request.Email));
        errors.ThrowIfAny();
        return profile!;
    }

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static TimeOffEntry ToTimeOff(TimeOffAddRequest request, string timeOffId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var entry = Absence(request.Start, request.End, request.Reason, timeOffId, string.Empty, errors);
        errors.ThrowIfAny();
        return entry!;
    }

    private static List<(IsoDayOfWeek Day, LocalTimeRange Range)> Weekly(List<WeeklyRangeRequest> ranges, string field, FieldErrors errors)
    {
        if (ranges.Count > MaxWeeklyRanges)
        {
            errors.Add(field, $"may list at most {MaxWeeklyRanges} ranges.");
            return [];
        }

        var parsed = new List<(IsoDayOfWeek, LocalTimeRange)>();
        for (var i = 0; i < ranges.Count; i++)
        {
            var day = LocalFormats.ParseDay(ranges[i].Day);
            if (day is null)
            {
                errors.Add($"{field}[{i}].day", "must be a weekday name such as monday.");
            }

            if (Range(ranges[i].Start, ranges[i].End, $"{field}[{i}]", errors) is { } range && day is { } weekday)
            {
                parsed.Add((weekday, range));
            }
        }

        return parsed;
    }

    private static Dictionary<LocalDate, DayHours> Overrides(List<DateOverrideRequest> overrides, FieldErrors errors)
    {
        if (overrides.Count > MaxOverrides)
        {
            errors.Add("dateOverrides", $"may list at most {MaxOverrides} dates.");
            return [];
        }

        var parsed = new Dictionary<LocalDate, DayHours>();
        for (var i = 0; i < overrides.Count; i++)
        {
            var field = $"dateOverrides[{i}]";
            var date = TimeFormats.ParseDate(overrides[i].Date);
            var hours = overrides[i].Hours ?? [];
            var ranges = hours.Select((h, k) => Range(h.Start, h.End, $"{field}.hours[{k}]", errors)).ToList();
            if (date is not { } day)
            {
                errors.Add($"{field}.date", "is required, as a local date yyyy-MM-dd.");
            }
            else if (parsed.ContainsKey(day))
            {
                errors.Add($"{field}.date", "appears more than once.");
            }
            else if (ranges.All(r => r is not null) && errors.Try(() => new DayHours(ranges!), renames: new Dictionary<string, string>
                     { ["shifts"] = $"{field}.hours" }) is { } dayHours)
            {
                parsed[day] = dayHours;
            }
        }

        return parsed;
    }

    private static List<TimeOffEntry> TimeOff(List<TimeOffRequest> entries, Func<string> newId, FieldErrors errors)
    {
        if (entries.Count > MaxTimeOff)
        {
            errors.Add("timeOff", $"may list at most {MaxTimeOff} entries.");
            return [];
        }

        var parsed = new List<TimeOffEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"timeOff[{i}]";
            var id = entries[i].Id ?? newId();
            if (!RouteIds.IsValid(id) || parsed.Exists(p => p.Id == id))
            {
                errors.Add($"{field}.id", "must be a unique id of letters, digits, '-', '_', '.' or '~'.");
                continue;
            }

            if (Absence(entries[i].Start, entries[i].End, entries[i].Reason, id, field + ".", errors) is { } entry)
            {
                parsed.Add(entry);
            }
        }

        return parsed;
    }

    private static TimeOffEntry? Absence(string? start, string? end, string? reason, string id, string prefix, FieldErrors errors)
    {
        var from = LocalFormats.ParseDateTime(start);
        var to = LocalFormats.ParseDateTime(end);
        if (from is null)
        {
            errors.Add($"{prefix}start", "is required, as a local date-time yyyy-MM-ddTHH:mm.");
        }

        if (to is null)
        {
            errors.Add($"{prefix}end", "is required, as a local date-time yyyy-MM-ddTHH:mm.");
        }

        var text = errors.Text(reason, $"{prefix}reason", MaxReasonLength, required: false);
        if (from is null || to is null || (reason is not null && text is null && !string.IsNullOrWhiteSpace(reason)))
        {
            return null;
        }

        return errors.Try(() => new TimeOffEntry(id, new TimeOff(from.Value, to.Value), text), prefix.TrimEnd('.'));
    }

    private static LocalTimeRange? Range(string? start, string? end, string field, FieldErrors errors)
    {
        var from = start == "24:00" ? null : LocalFormats.ParseTime(start);
        var to = LocalFormats.ParseTime(end);
        if (from is null)
        {
            errors.Add($"{field}.start", "is required, as a local time HH:mm.");
        }

        if (to is null)
        {
            errors.Add($"{field}.end", "is required, as a local time HH:mm (24:00 for midnight).");
        }

        return from is null || to is null ? null : errors.Try(() => new LocalTimeRange(from.Value, to.Value), field);
    }
}
