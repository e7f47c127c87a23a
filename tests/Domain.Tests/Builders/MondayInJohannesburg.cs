using NodaTime;

namespace AppointmentBooking.Domain.Tests.Builders;

/// <summary>The default test day: Monday 2 June 2025 in a zone without DST, searched from the Sunday morning before.</summary>
internal static class MondayInJohannesburg
{
    public const string Zone = "Africa/Johannesburg";

    public static LocalDate Monday { get; } = Hours.Date("2025-06-02");

    public static DateInterval Only { get; } = new(Monday, Monday);

    public static Instant SundayMorning { get; } = Hours.At(Zone, "2025-06-01T08:00");

    public static Instant At(string time) => Hours.At(Zone, "2025-06-02T" + time);
}
