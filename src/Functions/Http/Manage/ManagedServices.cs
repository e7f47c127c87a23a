using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Management;
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

/// <summary>The tenant's services as managers edit them; changes reach the public slot search at once.</summary>
public sealed class ManagedServices(Managers managers, ITenantResources<Service> services, ServiceEdits edits)
{
    [ApiOperation(Summary = "List every service, active or not", Response = typeof(List<ManagedServiceResponse>), Statuses = [200, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [Function(nameof(ListManagedServices))]
    public async Task<IActionResult> ListManagedServices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Services)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        var all = await services.ListAsync(managed.Caller.TenantId, cancellationToken);
        return new JsonBody(all.Select(s => ManagedServiceResponses.Of(s.Value)).ToList());
    }

    [ApiOperation(Summary = "Add a service", Description = "An Idempotency-Key makes a retry answer the service the first try added.",
        Request = typeof(ManagedServiceRequest), Response = typeof(ManagedServiceResponse), Statuses = [201, 400, 401, 403, 404, 413],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; retries send the same key.")]
    [Function(nameof(CreateManagedService))]
    public async Task<IActionResult> CreateManagedService(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Services)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var id = ResourceIds.New("svc", tenantId, IdempotencyKey.Optional(request));
        var body = await JsonRequest.ReadAsync<ManagedServiceRequest>(request, cancellationToken);
        var service = ServiceRequests.ToService(body, id, managed.Tenant.Policy.Currency);
        return ChangeResults.ToResult(await edits.CreateAsync(managed.Caller, service, cancellationToken), ManagedServiceResponses.Of,
            s => ManageRoutes.Url(tenantId, "services", s.Id));
    }

    [ApiOperation(Summary = "Read a service", Response = typeof(ManagedServiceResponse), Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetManagedService))]
    public async Task<IActionResult> GetManagedService(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Service)] HttpRequest request,
        string tenantId,
        string serviceId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        return await services.FindAsync(managed.Caller.TenantId, RouteIds.Check(serviceId, "service"), cancellationToken) is { } service
            ? new VersionedBody(ManagedServiceResponses.Of(service.Value), service.Version)
            : ApiProblems.NotFound($"No service '{serviceId}'.");
    }

    [ApiOperation(Summary = "Replace a service", Description = "Needs If-Match.", Request = typeof(ManagedServiceRequest),
        Response = typeof(ManagedServiceResponse), Statuses = [200, 400, 401, 403, 404, 412, 413, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(ReplaceManagedService))]
    public async Task<IActionResult> ReplaceManagedService(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.Service)] HttpRequest request,
        string tenantId,
        string serviceId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var body = await JsonRequest.ReadAsync<ManagedServiceRequest>(request, cancellationToken);
        var service = ServiceRequests.ToService(body, RouteIds.Check(serviceId, "service"), managed.Tenant.Policy.Currency);
        return ChangeResults.ToResult(await edits.ReplaceAsync(managed.Caller, service, version, cancellationToken), ManagedServiceResponses.Of);
    }

    [ApiOperation(Summary = "Delete a service", Description = "Needs If-Match. Its bookings stay.", Statuses = [204, 401, 403, 404, 412, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(DeleteManagedService))]
    public async Task<IActionResult> DeleteManagedService(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.Service)] HttpRequest request,
        string tenantId,
        string serviceId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var outcome = await edits.DeleteAsync(managed.Caller, RouteIds.Check(serviceId, "service"), version, cancellationToken);
        return ChangeResults.ToResult(outcome, ManagedServiceResponses.Of);
    }
}
