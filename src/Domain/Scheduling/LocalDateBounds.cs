using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>A local date and the instants it covers, [midnight, next midnight), under <see cref="ZoneRule"/>.</summary>
internal readonly record struct LocalDateBounds(LocalDate Date, TickRange Range)
{
    internal static LocalDateBounds Of(DateTimeZone zone, LocalDate date) =>
        new(date, new TickRange(ZoneRule.ToTicks(zone, date.AtMidnight()), ZoneRule.ToTicks(zone, date.PlusDays(1).AtMidnight())));
}
