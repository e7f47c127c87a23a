using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// How notifications state a time: in the tenant's zone, with the zone named, because customers and
/// staff read them wherever they are. The zone's abbreviation is the one in force at that instant, so
/// a time on a DST day reads with the offset of that day.
/// </summary>
public static class LocalTimeText
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The local date, for example "Tuesday 1 December 2026".</summary>
    public static string Date(Instant instant, DateTimeZone zone) => DatePattern.Format(instant.InZone(zone).Date);

    /// <summary>The local time, for example "10:00".</summary>
    public static string Time(Instant instant, DateTimeZone zone) => TimePattern.Format(instant.InZone(zone).TimeOfDay);

    /// <summary>The zone and its abbreviation at that instant, for example "Africa/Johannesburg (SAST)".</summary>
    public static string Zone(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{zone.Id} ({zone.GetZoneInterval(instant).Name})";
    }

    /// <summary>All in one phrase, for example "Tuesday 1 December 2026 at 10:00 (Africa/Johannesburg, SAST)".</summary>
    public static string When(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{Date(instant, zone)} at {Time(instant, zone)} ({zone.Id}, {zone.GetZoneInterval(instant).Name})";
    }
}
