using NodaTime;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>What figures to compute: the tenant-local dates <paramref name="First"/> to <paramref name="Last"/>, for one staff member or all.</summary>
/// <param name="First">The first date.</param>
/// <param name="Last">The last date, included.</param>
/// <param name="StaffId">Only this staff member's bookings and time; null for everyone.</param>
/// <param name="WholeBusiness">Whether the business-wide figures (deposits, funnel, assistant) are included: managers see them, staff do not.</param>
public sealed record DashboardQuery(LocalDate First, LocalDate Last, string? StaffId, bool WholeBusiness);
