using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Functions.Application.Assistant;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>The dashboard's figures for a period; the business-wide parts are null when the query left them out.</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Bookings">Bookings starting in the period: statuses, revenue, rates, top services, customers.</param>
/// <param name="Utilisation">Each staff member's booked and working time.</param>
/// <param name="StaffNames">Display names of the staff in <paramref name="Utilisation"/>.</param>
/// <param name="Deposits">Deposits paid and refunded during the period.</param>
/// <param name="Funnel">The funnel's steps during the period.</param>
/// <param name="Assistant">The booking assistant's conversations started in the period.</param>
public sealed record DashboardFigures(
    DashboardQuery Query,
    BookingStats Bookings,
    IReadOnlyList<StaffUtilisation> Utilisation,
    IReadOnlyDictionary<string, string> StaffNames,
    IReadOnlyList<DepositTotals>? Deposits,
    Funnel? Funnel,
    ConversationSummary? Assistant);
