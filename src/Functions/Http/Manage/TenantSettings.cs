using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>A tenant's settings: name, zone, currency, booking policy, default deposit, web origins and payment gateway.</summary>
public sealed class TenantSettings(Managers managers, ITenantRegistry tenants, ReplaceTenantSettings replace)
{
    [ApiOperation(Summary = "Read the tenant's settings (credentials by name only)", Response = typeof(TenantSettingsResponse),
        Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetTenantSettings))]
    public async Task<IActionResult> GetTenantSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Settings)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        return await tenants.FindAsync(managed.Caller.TenantId, cancellationToken) is { } tenant
            ? new VersionedBody(TenantSettingsResponses.Of(tenant.Value), tenant.Version)
            : ApiProblems.NotFound($"No tenant '{tenantId}'.");
    }

    [ApiOperation(Summary = "Replace the tenant's settings", Description = "Needs If-Match. Credentials are write-only: a value sets one, null removes it, an absent name keeps it.",
        Request = typeof(TenantSettingsRequest), Response = typeof(TenantSettingsResponse), Statuses = [200, 400, 401, 403, 404, 409, 412, 413, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(ReplaceTenantSettings))]
    public async Task<IActionResult> ReplaceTenantSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.Settings)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var version = IfMatch.Require(request);
        var change = TenantRequests.ToChange(await JsonRequest.ReadAsync<TenantSettingsRequest>(request, cancellationToken));
        return ChangeResults.ToResult(await replace.ExecuteAsync(managed.Caller, change, version, cancellationToken), TenantSettingsResponses.Of);
    }
}
