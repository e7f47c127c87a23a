using NodaTime;

namespace AppointmentBooking.Domain.Dashboard;

/// <summary>How much of a staff member's working time in a period was booked.</summary>
/// <param name="StaffId">The staff member.</param>
/// <param name="Booked">The length of their kept appointments (buffers excluded).</param>
/// <param name="Working">Their working time under their schedule.</param>
public sealed record StaffUtilisation(string StaffId, Duration Booked, Duration Working)
{
    /// <summary>Booked over working time; null when they had no working time.</summary>
    public double? Ratio => Working > Duration.Zero ? Booked / Working : null;
}
