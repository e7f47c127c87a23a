using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>The dashboard's figures in their API shape.</summary>
public static class DashboardResponses
{
    public static DashboardResponse Of(DashboardFigures figures, TenantConfiguration tenant)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(tenant);
        var stats = figures.Bookings;
        return new DashboardResponse(
            LocalDatePattern.Iso.Format(figures.Query.First),
            LocalDatePattern.Iso.Format(figures.Query.Last),
            tenant.Policy.Zone.Id,
            figures.Query.StaffId,
            new DashboardBookingsResponse(stats.Total, stats.ByStatus.ToDictionary(p => ApiEnums.Name(p.Key), p => p.Value),
                stats.NoShowRate, stats.CancellationRate),
            [.. stats.Revenue.Select(r => new RevenueResponse(r.Currency, r.BookedMinor, r.CompletedMinor, r.ProductsMinor))],
            [.. figures.Utilisation.Select(u => new UtilisationResponse(u.StaffId, figures.StaffNames.GetValueOrDefault(u.StaffId, u.StaffId),
                (long)u.Booked.TotalMinutes, (long)u.Working.TotalMinutes, u.Ratio))],
            [.. stats.TopServices.Select(s => new TopServiceResponse(s.ServiceId, tenant.Services.TryGetValue(s.ServiceId, out var service) ? service.Name : null,
                s.Bookings, BookingResponses.Money(new Money(s.RevenueMinor, s.Currency))))],
            new CustomerCountsResponse(stats.Customers.Total, stats.Customers.New, stats.Customers.Returning),
            figures.Deposits?.Select(Deposit).ToList(),
            figures.Funnel is { } funnel ? new FunnelResponse(funnel.SlotsViewed, funnel.HoldsCreated, funnel.DepositsPaid, funnel.Confirmed,
                funnel.Cancelled, funnel.AssistantConversations, funnel.AssistantBookings) : null,
            figures.Assistant is { } assistant ? Assistant(assistant) : null);
    }

    private static DepositTotalsResponse Deposit(DepositTotals d) => new(d.Currency, d.PaidMinor, d.Paid, d.RefundedMinor, d.Refunded);

    private static AssistantSummaryResponse Assistant(ConversationSummary s) => new(
        s.Conversations, s.Booked, s.HandedOver, s.Abandoned, s.Open, s.Messages, s.LimitReached, s.Intents,
        s.Tools.ToDictionary(t => t.Key, t => new ToolUsageResponse(t.Value.Calls, t.Value.Refused), StringComparer.Ordinal),
        s.InputTokens, s.OutputTokens, s.AverageLatencyMs, s.P95LatencyMs);
}
