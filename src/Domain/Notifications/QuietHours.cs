using NodaTime;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// The tenant-local hours in which no reminder text message goes out, for example 20:00 to 08:00.
/// A start after the end spans midnight; a start equal to the end means no quiet hours.
/// </summary>
/// <param name="Start">The first quiet local time.</param>
/// <param name="End">The first local time after the quiet hours.</param>
public sealed record QuietHours(LocalTime Start, LocalTime End)
{
    /// <summary>20:00 to 08:00, the default of every tenant.</summary>
    public static QuietHours Default { get; } = new(new LocalTime(20, 0), new LocalTime(8, 0));

    /// <summary>Whether <paramref name="instant"/> falls in the quiet hours in <paramref name="zone"/>.</summary>
    public bool Contains(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var time = instant.InZone(zone).TimeOfDay;
        return Start < End ? time >= Start && time < End : Start > End && (time >= Start || time < End);
    }
}
