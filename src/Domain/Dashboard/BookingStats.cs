using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Domain.Dashboard;

/// <summary>
/// The figures of a period's bookings (those starting on its dates), each booking counted in its
/// status at the time of asking. Rates are null when nothing could have happened: the no-show rate
/// over bookings that took place or were missed, the cancellation rate over bookings that were made
/// (lapsed holds were never made).
/// </summary>
/// <param name="Total">Every booking, lapsed holds included.</param>
/// <param name="ByStatus">Bookings per status; every status is present.</param>
/// <param name="Revenue">Money per currency.</param>
/// <param name="NoShowRate">No-shows over completed plus no-shows.</param>
/// <param name="CancellationRate">Cancelled over all bookings but lapsed holds.</param>
/// <param name="TopServices">The most booked services, most first.</param>
/// <param name="Customers">New and returning customers.</param>
/// <param name="BookedByStaff">Appointment time of kept bookings (live holds and no-shows included: nobody else could book it) per staff member.</param>
public sealed record BookingStats(
    int Total,
    IReadOnlyDictionary<BookingStatus, int> ByStatus,
    IReadOnlyList<Revenue> Revenue,
    double? NoShowRate,
    double? CancellationRate,
    IReadOnlyList<ServiceTally> TopServices,
    CustomerCounts Customers,
    IReadOnlyDictionary<string, Duration> BookedByStaff)
{
    /// <summary>How many services <see cref="TopServices"/> lists at most.</summary>
    public const int TopServiceCount = 5;

    /// <summary>The figures of <paramref name="bookings"/> at <paramref name="now"/>.</summary>
    /// <param name="bookings">The period's bookings.</param>
    /// <param name="earlierCustomers">Customers with a kept booking before the period: they return.</param>
    /// <param name="now">When the figures are asked for.</param>
    public static BookingStats Of(IReadOnlyCollection<BookingFact> bookings, IReadOnlySet<string> earlierCustomers, Instant now)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentNullException.ThrowIfNull(earlierCustomers);
        var rows = bookings.Select(b => (Booking: b, Status: b.StatusAt(now))).ToList();
        var byStatus = Enum.GetValues<BookingStatus>().ToDictionary(s => s, s => rows.Count(r => r.Status == s));
        var kept = rows.Where(r => BookingStatuses.IsKept(r.Status)).Select(r => r.Booking).ToList();
        var customers = CustomersOf(bookings, now);
        var returning = customers.Count(earlierCustomers.Contains);
        return new BookingStats(
            rows.Count,
            byStatus,
            RevenueOf(rows),
            Rate(byStatus[BookingStatus.NoShow], byStatus[BookingStatus.NoShow] + byStatus[BookingStatus.Completed]),
            Rate(byStatus[BookingStatus.Cancelled], rows.Count - byStatus[BookingStatus.Expired]),
            TopOf(kept),
            new CustomerCounts(customers.Count, customers.Count - returning, returning),
            kept.GroupBy(b => b.StaffId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Duration.FromTicks(g.Sum(b => (b.End - b.Start).BclCompatibleTicks)), StringComparer.Ordinal));
    }

    /// <summary>The distinct customers of the kept bookings among <paramref name="bookings"/>: whose earlier bookings decide new or returning.</summary>
    public static IReadOnlyList<string> CustomersOf(IEnumerable<BookingFact> bookings, Instant now)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        return [.. bookings.Where(b => BookingStatuses.IsKept(b.StatusAt(now))).Select(b => b.CustomerId).Distinct(StringComparer.Ordinal)];
    }

    private static List<Revenue> RevenueOf(List<(BookingFact Booking, BookingStatus Status)> rows) =>
    [
        .. rows.Where(r => r.Status is BookingStatus.Confirmed or BookingStatus.Completed)
            .GroupBy(r => r.Booking.Price.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Revenue(
                g.Key,
                g.Sum(r => r.Booking.Price.MinorUnits + r.Booking.Products.MinorUnits),
                g.Where(r => r.Status == BookingStatus.Completed).Sum(r => r.Booking.Price.MinorUnits + r.Booking.Products.MinorUnits),
                g.Sum(r => r.Booking.Products.MinorUnits))),
    ];

    private static List<ServiceTally> TopOf(List<BookingFact> kept) =>
    [
        .. kept.GroupBy(b => b.ServiceId, StringComparer.Ordinal)
            .Select(g => new ServiceTally(g.Key, g.Count(), g.Sum(b => b.Price.MinorUnits), g.First().Price.Currency))
            .OrderByDescending(t => t.Bookings)
            .ThenByDescending(t => t.RevenueMinor)
            .ThenBy(t => t.ServiceId, StringComparer.Ordinal)
            .Take(TopServiceCount),
    ];

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
