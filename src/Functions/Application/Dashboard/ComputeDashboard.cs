using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Assistant;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>
/// The dashboard's figures for a period of tenant-local dates, from single-partition reads bounded by
/// the period (the choice over a rollup is measured in docs/performance.md): the period's bookings as
/// small projected rows, the earlier bookings of only the period's customers, the payments that moved
/// in it, the events and slot views counted in it, and the assistant's conversations started in it.
/// Utilisation divides each staff member's booked time by their working time under the same schedule
/// rules slot search uses.
/// </summary>
public sealed class ComputeDashboard(
    IDashboardFacts facts, ITenantResources<StaffProfile> staff, SummarizeConversations conversations, IClock clock)
{
    public async Task<DashboardFigures> ExecuteAsync(TenantConfiguration tenant, DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetCurrentInstant();
        var bookings = await facts.BookingsAsync(tenant.TenantId, query.First, query.Last, query.StaffId, cancellationToken);
        var earlier = await facts.EarlierCustomersAsync(tenant.TenantId, query.First, BookingStats.CustomersOf(bookings, now), cancellationToken);
        var stats = BookingStats.Of([.. bookings], earlier, now);
        var profiles = (await staff.ListAsync(tenant.TenantId, cancellationToken)).Select(p => p.Value)
            .Where(p => query.StaffId is null ? p.IsActive || stats.BookedByStaff.ContainsKey(p.Id) : p.Id == query.StaffId)
            .ToList();
        var utilisation = profiles.Select(p => new StaffUtilisation(p.Id, stats.BookedByStaff.GetValueOrDefault(p.Id),
            WorkingTime.Between(p.Schedule, tenant.Policy.Zone, query.First, query.Last))).ToList();
        var names = profiles.ToDictionary(p => p.Id, p => p.DisplayName, StringComparer.Ordinal);
        if (!query.WholeBusiness)
        {
            return new DashboardFigures(query, stats, utilisation, names, null, null, null);
        }

        var zone = tenant.Policy.Zone;
        var period = new Interval(query.First.AtStartOfDayInZone(zone).ToInstant(), query.Last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        var deposits = facts.DepositsAsync(tenant.TenantId, period, cancellationToken);
        var events = facts.EventCountsAsync(tenant.TenantId, query.First, query.Last, cancellationToken);
        var views = facts.SlotViewsAsync(tenant.TenantId, query.First, query.Last, cancellationToken);
        var assistant = conversations.ExecuteAsync(tenant.TenantId, period, cancellationToken);
        return new DashboardFigures(query, stats, utilisation, names, await deposits,
            FunnelOf(await views, await events, await assistant), await assistant);
    }

    private static Funnel FunnelOf(long views, IReadOnlyDictionary<BookingEventKind, int> events, ConversationSummary assistant) => new(
        views,
        events.GetValueOrDefault(BookingEventKind.BookingCreated),
        events.GetValueOrDefault(BookingEventKind.DepositPaid),
        events.GetValueOrDefault(BookingEventKind.BookingConfirmed),
        events.GetValueOrDefault(BookingEventKind.BookingCancelled),
        assistant.Conversations,
        assistant.Booked);
}
