using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Webhooks;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Webhooks;
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

/// <summary>The owner's webhook endpoints: where the tenant's own systems hear of its events, signed with each endpoint's secret.</summary>
public sealed class WebhookEndpoints(
    Managers managers, ITenantResources<WebhookEndpoint> endpoints, WebhookEndpointEdits edits, WebhookSecrets secrets, IWebhookDeliveries deliveries)
{
    [ApiOperation(Summary = "List the webhook endpoints", Response = typeof(List<WebhookEndpointResponse>), Statuses = [200, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [Function(nameof(ListWebhookEndpoints))]
    public async Task<IActionResult> ListWebhookEndpoints(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Webhooks)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        return new JsonBody((await endpoints.ListAsync(managed.Caller.TenantId, cancellationToken)).Select(e => EndpointResponses.Of(e.Value)).ToList());
    }

    [ApiOperation(Summary = "Register a webhook endpoint",
        Description = "The answer carries the signing secret, the only time it is shown. The URL must be https and resolve to public addresses only.",
        Request = typeof(WebhookEndpointRequest), Response = typeof(WebhookEndpointResponse), Statuses = [201, 400, 401, 403, 404, 413],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; a retry answers the endpoint (and secret) the first try made.")]
    [Function(nameof(CreateWebhookEndpoint))]
    public async Task<IActionResult> CreateWebhookEndpoint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Webhooks)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var id = ResourceIds.New("whk", tenantId, IdempotencyKey.Optional(request));
        var edit = EndpointRequests.ToEdit(await JsonRequest.ReadAsync<WebhookEndpointRequest>(request, cancellationToken));
        var outcome = await edits.CreateAsync(managed.Caller, id, edit.Url, edit.Kinds, edit.Description, cancellationToken);
        return ChangeResults.ToResult(outcome, e => EndpointResponses.Of(e, secrets.Open(tenantId, e)), e => ManageRoutes.Url(tenantId, "webhooks", e.Id));
    }

    [ApiOperation(Summary = "Read a webhook endpoint", Response = typeof(WebhookEndpointResponse), Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetWebhookEndpoint))]
    public async Task<IActionResult> GetWebhookEndpoint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Webhook)] HttpRequest request,
        string tenantId,
        string endpointId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        return await endpoints.FindAsync(managed.Caller.TenantId, RouteIds.Check(endpointId, "endpoint"), cancellationToken) is { } endpoint
            ? new VersionedBody(EndpointResponses.Of(endpoint.Value), endpoint.Version)
            : ApiProblems.NotFound($"No webhook endpoint '{endpointId}'.");
    }

    [ApiOperation(Summary = "Replace a webhook endpoint", Description = "Needs If-Match. 'enabled': true enables one that was disabled; the secret stays.",
        Request = typeof(WebhookEndpointRequest), Response = typeof(WebhookEndpointResponse), Statuses = [200, 400, 401, 403, 404, 412, 413, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(ReplaceWebhookEndpoint))]
    public async Task<IActionResult> ReplaceWebhookEndpoint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.Webhook)] HttpRequest request,
        string tenantId,
        string endpointId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var version = IfMatch.Require(request);
        var edit = EndpointRequests.ToEdit(await JsonRequest.ReadAsync<WebhookEndpointRequest>(request, cancellationToken));
        var outcome = await edits.ReplaceAsync(managed.Caller, RouteIds.Check(endpointId, "endpoint"), edit, version, cancellationToken);
        return ChangeResults.ToResult(outcome, e => EndpointResponses.Of(e));
    }

    [ApiOperation(Summary = "Delete a webhook endpoint", Description = "Needs If-Match. Its pending deliveries are abandoned.", Statuses = [204, 401, 403, 404, 412, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(DeleteWebhookEndpoint))]
    public async Task<IActionResult> DeleteWebhookEndpoint(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.Webhook)] HttpRequest request,
        string tenantId,
        string endpointId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var version = IfMatch.Require(request);
        return ChangeResults.ToResult(await edits.DeleteAsync(managed.Caller, RouteIds.Check(endpointId, "endpoint"), version, cancellationToken),
            e => EndpointResponses.Of(e));
    }

    [ApiOperation(Summary = "List an endpoint's deliveries, newest first, with every try and answer", Response = typeof(DeliveryPageResponse),
        Statuses = [200, 400, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [ApiQueryParameter("limit", Type = typeof(int), Description = "1 to 200; 50 when absent.")]
    [ApiQueryParameter("continuation", Description = "The token from the previous page.")]
    [Function(nameof(ListWebhookDeliveries))]
    public async Task<IActionResult> ListWebhookDeliveries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.WebhookDeliveries)] HttpRequest request,
        string tenantId,
        string endpointId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Owner, cancellationToken);
        var limit = ListingQuery.Limit(request.Query);
        var page = await deliveries.ListAsync(managed.Caller.TenantId, RouteIds.Check(endpointId, "endpoint"), Continuation.Parse(request.Query["continuation"]),
            limit, cancellationToken);
        return new JsonBody(new DeliveryPageResponse([.. page.Items.Select(EndpointResponses.Of)], Continuation.Of(page.Next)));
    }
}
