using AppointmentBooking.Domain.Events;
using NodaTime;

namespace AppointmentBooking.Domain.Dashboard;

/// <summary>What the dashboard reads of one tenant, each within the tenant's own data and bounded by the period asked for.</summary>
public interface IDashboardFacts
{
    /// <summary>Bookings starting on the local dates <paramref name="first"/> to <paramref name="last"/>; only one staff member's when <paramref name="staffId"/> is given.</summary>
    Task<IReadOnlyList<BookingFact>> BookingsAsync(string tenantId, LocalDate first, LocalDate last, string? staffId, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="customerIds"/> had a kept booking (confirmed, completed or a no-show) starting before <paramref name="before"/>.</summary>
    Task<IReadOnlySet<string>> EarlierCustomersAsync(
        string tenantId, LocalDate before, IReadOnlyCollection<string> customerIds, CancellationToken cancellationToken);

    /// <summary>Deposits paid and refunded during <paramref name="period"/>, per currency.</summary>
    Task<IReadOnlyList<DepositTotals>> DepositsAsync(string tenantId, Interval period, CancellationToken cancellationToken);

    /// <summary>How many events of each kind happened on the local dates <paramref name="first"/> to <paramref name="last"/>.</summary>
    Task<IReadOnlyDictionary<BookingEventKind, int>> EventCountsAsync(string tenantId, LocalDate first, LocalDate last, CancellationToken cancellationToken);

    /// <summary>How often customers looked at free slots on the local dates <paramref name="first"/> to <paramref name="last"/>.</summary>
    Task<long> SlotViewsAsync(string tenantId, LocalDate first, LocalDate last, CancellationToken cancellationToken);
}
