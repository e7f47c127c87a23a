using AppointmentBooking.Domain.Audit;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>Every change to the tenant's data, newest first, for its owners.</summary>
public sealed class AuditTrail(Managers managers, IAuditTrail trail)
{
    [ApiOperation(Summary = "Read the audit trail, newest first", Response = typeof(AuditPageResponse), Statuses = [200, 400, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [ApiQueryParameter("limit", Type = typeof(int), Description = "1 to 200; 50 when absent.")]
    [ApiQueryParameter("continuation", Description = "The token from the previous page.")]
    [Function(nameof(ListAudit))]
    public async Task<IActionResult> ListAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Audit)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var limit = ListingQuery.Limit(request.Query);
        var page = await trail.ListAsync(managed.Caller.TenantId, Continuation.Parse(request.Query["continuation"]), limit, cancellationToken);
        return new JsonBody(AuditResponses.Page(page));
    }
}
