using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>The dashboard's figures for a period: managers see the business, staff their own bookings and time.</summary>
public sealed class Dashboard(Managers managers, ComputeDashboard compute, IOptions<DashboardOptions> options, IClock clock)
{
    [ApiOperation(Summary = "Figures for a period: bookings by status, revenue, deposits, utilisation, rates, top services, customers, funnel, assistant",
        Response = typeof(DashboardResponse), Statuses = [200, 400, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [ApiQueryParameter("from", Description = "First local date (yyyy-MM-dd); 29 days before 'to' when absent.")]
    [ApiQueryParameter("to", Description = "Last local date, included; today when absent.")]
    [ApiQueryParameter("staffId", Description = "Managers: one staff member's figures. Staff always get their own.")]
    [Function(nameof(GetDashboard))]
    public async Task<IActionResult> GetDashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Dashboard)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        var query = DashboardRequests.ToQuery(request.Query, managed.Caller, managed.Tenant.Policy.Zone, clock.GetCurrentInstant(), options.Value.MaxDays);
        var figures = await compute.ExecuteAsync(managed.Tenant, query, cancellationToken);
        return new JsonBody(DashboardResponses.Of(figures, managed.Tenant));
    }
}
