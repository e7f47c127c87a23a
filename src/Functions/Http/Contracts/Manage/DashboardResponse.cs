namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// The dashboard's figures for the local dates <see cref="From"/> to <see cref="To"/>. Bookings, revenue,
/// utilisation, services and customers are about appointments on those dates; deposits and the funnel
/// about what happened on them. <see cref="Deposits"/>, <see cref="Funnel"/> and <see cref="Assistant"/>
/// are for managers and owners (absent for staff, whose figures cover their own bookings).
/// </summary>
public sealed record DashboardResponse(
    string From,
    string To,
    string TimeZone,
    string? StaffId,
    DashboardBookingsResponse Bookings,
    IReadOnlyList<RevenueResponse> Revenue,
    IReadOnlyList<UtilisationResponse> Utilisation,
    IReadOnlyList<TopServiceResponse> TopServices,
    CustomerCountsResponse Customers,
    IReadOnlyList<DepositTotalsResponse>? Deposits,
    FunnelResponse? Funnel,
    AssistantSummaryResponse? Assistant);
