using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>The management API's text forms of local times: <c>HH:mm</c> (<c>24:00</c> ends a day), <c>yyyy-MM-ddTHH:mm</c>, weekday names.</summary>
public static class LocalFormats
{
    private const string EndOfDay = "24:00";
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>A time of day; <c>24:00</c> reads as midnight, which ends a range at the end of the day.</summary>
    public static LocalTime? ParseTime(string? text) =>
        text == EndOfDay ? LocalTime.Midnight : text is not null && Time.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    public static LocalDateTime? ParseDateTime(string? text) =>
        text is null ? null
        : DateTime.Parse(text) is { Success: true } parsed ? parsed.Value
        : LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } precise ? precise.Value
        : null;

    public static IsoDayOfWeek? ParseDay(string? text) =>
        Enum.TryParse<IsoDayOfWeek>(text, ignoreCase: true, out var day) && day != IsoDayOfWeek.None && Enum.IsDefined(day)
        && !int.TryParse(text, out _)
            ? day
            : null;

    public static string Format(LocalTime time) => Time.Format(time);

    /// <summary>The end of a range: midnight is written <c>24:00</c>.</summary>
    public static string FormatEnd(LocalTime time) => time == LocalTime.Midnight ? EndOfDay : Time.Format(time);

    public static string Format(LocalDateTime dateTime) => DateTime.Format(dateTime);

    public static string Format(IsoDayOfWeek day) => day.ToString().ToLower(CultureInfo.InvariantCulture);
}
