using System.Globalization;
using AppointmentBooking.Domain.Scheduling;

namespace AppointmentBooking.Domain.Tests.Builders;

/// <summary>Renders slots compactly so expectations read like a day planner.</summary>
internal static class SlotText
{
    public static string[] Times(IEnumerable<AvailableSlot> slots) =>
        [.. slots.Select(s => s.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture))];

    public static string[] TimesWithOffsets(IEnumerable<AvailableSlot> slots) =>
        [.. slots.Select(s => s.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture) + s.Offset.ToString("+HH", CultureInfo.InvariantCulture))];

    public static string[] TimesWithStaff(IEnumerable<AvailableSlot> slots) =>
        [.. slots.Select(s => s.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + s.StaffId)];
}
