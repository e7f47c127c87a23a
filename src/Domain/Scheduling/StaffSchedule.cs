using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// When a staff member works: weekly hours per weekday, per-date overrides (different hours or
/// closed) and time off. All local to the tenant's zone.
/// </summary>
public sealed class StaffSchedule
{
    private readonly Dictionary<IsoDayOfWeek, DayHours> weekly;

    /// <summary>The weekly hours indexed by ISO day number, because slot search asks for them once per staff member per day.</summary>
    private readonly DayHours[] hoursByWeekday = new DayHours[8];
    private readonly Dictionary<LocalDate, DayHours> overrides;
    private readonly TimeOff[] timeOff;

    /// <summary>Creates a schedule; a weekday of <see cref="IsoDayOfWeek.None"/> throws naming <c>weeklyHours</c>.</summary>
    /// <param name="staffId">The staff member this schedule belongs to.</param>
    /// <param name="weeklyHours">Hours per weekday; a missing weekday is closed.</param>
    /// <param name="timeOff">Absences, whole days or partial.</param>
    /// <param name="overrides">Hours for specific dates, replacing the weekday's (use <see cref="DayHours.Closed"/> to close).</param>
    public StaffSchedule(
        string staffId,
        IReadOnlyDictionary<IsoDayOfWeek, DayHours> weeklyHours,
        IEnumerable<TimeOff>? timeOff = null,
        IReadOnlyDictionary<LocalDate, DayHours>? overrides = null)
    {
        StaffId = Preconditions.CheckNotBlank(staffId, nameof(staffId));
        Preconditions.CheckNotNull(weeklyHours, nameof(weeklyHours));
        Preconditions.CheckArgument(!weeklyHours.ContainsKey(IsoDayOfWeek.None), nameof(weeklyHours), "must use real weekdays.");
        Preconditions.CheckArgument(weeklyHours.Values.All(h => h is not null), nameof(weeklyHours), "must not contain null hours.");
        weekly = new Dictionary<IsoDayOfWeek, DayHours>(weeklyHours);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            hoursByWeekday[(int)day] = weekly.GetValueOrDefault(day, DayHours.Closed);
        }
        this.timeOff = [.. timeOff ?? []];
        Preconditions.CheckArgument(Array.TrueForAll(this.timeOff, t => t is not null), nameof(timeOff), "must not contain null entries.");
        this.overrides = new Dictionary<LocalDate, DayHours>(overrides ?? new Dictionary<LocalDate, DayHours>());
        Preconditions.CheckArgument(this.overrides.Values.All(h => h is not null), nameof(overrides), "must not contain null hours.");
    }

    /// <summary>The staff member this schedule belongs to.</summary>
    public string StaffId { get; }

    /// <summary>Hours per weekday; a missing weekday is closed.</summary>
    public IReadOnlyDictionary<IsoDayOfWeek, DayHours> WeeklyHours => weekly;

    /// <summary>Hours for specific dates, replacing the weekday's.</summary>
    public IReadOnlyDictionary<LocalDate, DayHours> Overrides => overrides;

    /// <summary>Absences, as given.</summary>
    public IReadOnlyList<TimeOff> TimeOff => timeOff;

    /// <summary>The hours that apply on <paramref name="date"/>: its override, else its weekday's, else closed.</summary>
    public DayHours HoursOn(LocalDate date) =>
        overrides.Count > 0 && overrides.TryGetValue(date, out var hours) ? hours : hoursByWeekday[(int)date.DayOfWeek];
}
