using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>The API's text forms of times: ISO 8601 with the tenant's offset, and plain ISO dates.</summary>
public static class TimeFormats
{
    /// <summary>RFC 3339: <c>2026-12-01T09:00:00+02:00</c>, or <c>Z</c> for UTC.</summary>
    private static readonly OffsetDateTimePattern DateTimeWithOffset =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    private static readonly OffsetPattern OffsetOnly = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    public static string Format(Offset offset) => OffsetOnly.Format(offset);

    public static string Format(Instant instant, DateTimeZone zone) => DateTimeWithOffset.Format(instant.InZone(zone).ToOffsetDateTime());

    public static Instant? ParseInstant(string? text) =>
        text is null ? null
        : DateTimeWithOffset.Parse(text) is { Success: true } strict ? strict.Value.ToInstant()
        : OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } lenient ? lenient.Value.ToInstant()
        : null;

    public static LocalDate? ParseDate(string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : null;
}
