using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>The part of a day a customer asks for: "morning" ends at noon, "afternoon" at 17:00, "evening" runs to midnight.</summary>
public enum DayPart
{
    /// <summary>Any time of the day.</summary>
    Any,

    /// <summary>Starts before 12:00.</summary>
    Morning,

    /// <summary>Starts from 12:00 and before 17:00.</summary>
    Afternoon,

    /// <summary>Starts from 17:00.</summary>
    Evening,
}

/// <summary>What each <see cref="DayPart"/> covers on the wall clock.</summary>
public static class DayParts
{
    private static readonly LocalTime Noon = new(12, 0);
    private static readonly LocalTime LateAfternoon = new(17, 0);

    /// <summary>Whether a start at <paramref name="time"/> (tenant wall clock) falls in <paramref name="part"/>.</summary>
    public static bool Contains(this DayPart part, LocalTime time) => part switch
    {
        DayPart.Morning => time < Noon,
        DayPart.Afternoon => time >= Noon && time < LateAfternoon,
        DayPart.Evening => time >= LateAfternoon,
        _ => true,
    };
}
