using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>The tenants the caller belongs to: where a dashboard starts.</summary>
public sealed class MyTenants(Managers managers, ListMyTenants list)
{
    [ApiOperation(Summary = "List the tenants the caller is a member of or invited to, with the caller's role",
        Response = typeof(List<MyTenantResponse>), Statuses = [200, 401], Security = ApiSecurity.Bearer)]
    [Function(nameof(ListMyTenants))]
    public async Task<IActionResult> ListMyTenants(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Tenants)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var identity = await managers.IdentifyAsync(request, cancellationToken);
        var tenants = await list.ExecuteAsync(identity, cancellationToken);
        return new JsonBody(tenants.Select(t => new MyTenantResponse(t.Tenant.TenantId, t.Tenant.Tenant.Name, t.Tenant.Tenant.Slug,
            ApiEnums.Name(t.Member.Role), t.Member.StaffId, t.Invited)).ToList());
    }
}
