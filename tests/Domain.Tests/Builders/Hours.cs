using AppointmentBooking.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Domain.Tests.Builders;

/// <summary>Short spellings for test data: "09:00-17:00" ranges and "2025-06-02T10:00" local date-times.</summary>
internal static class Hours
{
    public static LocalTimeRange Range(string text)
    {
        var parts = text.Split('-');
        var end = parts[1] == "24:00" ? "00:00" : parts[1];
        return LocalTimeRange.Parse(parts[0], end, "range");
    }

    public static DayHours Day(string shifts, string? breaks = null) =>
        new(shifts.Split(',').Select(Range), breaks?.Split(',').Select(Range));

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static LocalDateTime Local(string text) => LocalDateTimePattern.GeneralIso.Parse(text + ":00").Value;

    public static Instant At(string zoneId, string local) =>
        Local(local).InZoneLeniently(DateTimeZoneProviders.Tzdb[zoneId]).ToInstant();
}
