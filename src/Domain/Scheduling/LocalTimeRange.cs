using System.Globalization;
using AppointmentBooking.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// A half-open range of wall-clock time within one day, [Start, End). An <see cref="End"/> of
/// midnight means the end of the day (24:00), so a shift can run until midnight.
/// </summary>
public sealed record LocalTimeRange
{
    private static readonly long TicksPerDay = NodaConstants.TicksPerDay;

    /// <summary>Creates a range; <paramref name="end"/> must be after <paramref name="start"/>.</summary>
    public LocalTimeRange(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
        Preconditions.CheckArgument(EndTickOfDay > StartTickOfDay, nameof(end), "must be after start.");
    }

    /// <summary>The first wall-clock time in the range.</summary>
    public LocalTime Start { get; }

    /// <summary>The first wall-clock time after the range; midnight means 24:00.</summary>
    public LocalTime End { get; }

    internal long StartTickOfDay => Start.TickOfDay;

    internal long EndTickOfDay => End == LocalTime.Midnight ? TicksPerDay : End.TickOfDay;

    /// <summary>Parses "HH:mm" values, naming <paramref name="field"/> when they are malformed.</summary>
    public static LocalTimeRange Parse(string start, string end, string field)
    {
        var pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
        var s = pattern.Parse(start);
        var e = pattern.Parse(end);
        Preconditions.CheckArgument(s.Success && e.Success, field, "must be times formatted HH:mm.");
        return new LocalTimeRange(s.Value, e.Value);
    }

    internal bool Overlaps(LocalTimeRange other) =>
        StartTickOfDay < other.EndTickOfDay && other.StartTickOfDay < EndTickOfDay;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:HH:mm}-{(End == LocalTime.Midnight ? "24:00" : End.ToString("HH:mm", CultureInfo.InvariantCulture))}");
}
