using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Domain.Staff;

/// <summary>
/// A staff member as managers edit them: name, whether they take bookings, weekly hours with breaks,
/// date overrides and time off. Slot search reads the <see cref="Schedule"/> derived from it.
/// </summary>
public sealed class StaffProfile
{
    private const int MaxNameLength = 200;
    private const int MaxOverrides = 400;
    private const int MaxTimeOff = 500;
    private readonly TimeOffEntry[] timeOff;

    /// <summary>Creates a profile; every argument is checked and a failure names its field.</summary>
    /// <param name="id">The staff id.</param>
    /// <param name="displayName">The name shown to customers, at most 200 characters.</param>
    /// <param name="isActive">Inactive staff are not offered and cannot be booked.</param>
    /// <param name="weeklyHours">Hours and breaks per weekday; a missing weekday is closed.</param>
    /// <param name="overrides">Hours for specific dates, replacing the weekday's (closed when empty).</param>
    /// <param name="timeOff">Absences, with ids unique for the staff member.</param>
    /// <param name="email">Where the member is told of their bookings; none when null.</param>
    public StaffProfile(
        string id,
        string displayName,
        bool isActive,
        IReadOnlyDictionary<IsoDayOfWeek, DayHours> weeklyHours,
        IReadOnlyDictionary<LocalDate, DayHours>? overrides = null,
        IEnumerable<TimeOffEntry>? timeOff = null,
        string? email = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        DisplayName = Preconditions.CheckNotBlank(displayName, nameof(displayName)).Trim();
        Preconditions.CheckArgument(DisplayName.Length <= MaxNameLength, nameof(displayName), $"must be at most {MaxNameLength} characters.");
        IsActive = isActive;
        Email = EmailAddress.NormaliseOrNull(email, nameof(email));
        this.timeOff = [.. timeOff ?? []];
        Preconditions.CheckArgument(this.timeOff.Length <= MaxTimeOff, nameof(timeOff), $"may hold at most {MaxTimeOff} entries.");
        Preconditions.CheckArgument(this.timeOff.Select(t => t.Id).Distinct().Count() == this.timeOff.Length, nameof(timeOff), "ids must be unique.");
        var dates = overrides ?? new Dictionary<LocalDate, DayHours>();
        Preconditions.CheckArgument(dates.Count <= MaxOverrides, "dateOverrides", $"may hold at most {MaxOverrides} dates.");
        Schedule = new StaffSchedule(Id, weeklyHours, this.timeOff.Select(t => t.Period), dates);
    }

    /// <summary>The staff id.</summary>
    public string Id { get; }

    /// <summary>The name shown to customers.</summary>
    public string DisplayName { get; }

    /// <summary>Where the member is told of their bookings, lower-cased; null when they have no address on file.</summary>
    public string? Email { get; }

    /// <summary>Whether the member takes bookings.</summary>
    public bool IsActive { get; }

    /// <summary>When the member works, as slot search reads it.</summary>
    public StaffSchedule Schedule { get; }

    /// <summary>Absences, in the order they were added.</summary>
    public IReadOnlyList<TimeOffEntry> TimeOff => timeOff;

    /// <summary>The profile with one more absence.</summary>
    public StaffProfile WithTimeOff(TimeOffEntry entry) =>
        new(Id, DisplayName, IsActive, Schedule.WeeklyHours, Schedule.Overrides, timeOff.Append(Preconditions.CheckNotNull(entry, nameof(entry))), Email);

    /// <summary>The profile without the absence <paramref name="timeOffId"/>, or null when it has none with that id.</summary>
    public StaffProfile? WithoutTimeOff(string timeOffId) =>
        Array.Exists(timeOff, t => t.Id == timeOffId)
            ? new(Id, DisplayName, IsActive, Schedule.WeeklyHours, Schedule.Overrides, timeOff.Where(t => t.Id != timeOffId), Email)
            : null;
}
