using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Products;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>The products the tenant sells beside its services, as managers edit them; changes reach the public list at once.</summary>
public sealed class ManagedProducts(Managers managers, ITenantResources<Product> products, ProductEdits edits, IClock clock)
{
    [ApiOperation(Summary = "List every product, on sale or not", Response = typeof(List<ManagedProductResponse>), Statuses = [200, 401, 403, 404],
        Security = ApiSecurity.Bearer)]
    [Function(nameof(ListManagedProducts))]
    public async Task<IActionResult> ListManagedProducts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Products)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        var now = clock.GetCurrentInstant();
        return new JsonBody((await products.ListAsync(managed.Caller.TenantId, cancellationToken)).Select(p => ManagedProductResponses.Of(p.Value, now)).ToList());
    }

    [ApiOperation(Summary = "Add a product", Description = "An Idempotency-Key makes a retry answer the product the first try added.",
        Request = typeof(ManagedProductRequest), Response = typeof(ManagedProductResponse), Statuses = [201, 400, 401, 403, 404, 413], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; retries send the same key.")]
    [Function(nameof(CreateManagedProduct))]
    public async Task<IActionResult> CreateManagedProduct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ManageRoutes.Products)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var id = ResourceIds.New("prd", tenantId, IdempotencyKey.Optional(request));
        var body = await JsonRequest.ReadAsync<ManagedProductRequest>(request, cancellationToken);
        var product = ProductRequests.ToProduct(body, id, managed.Tenant.Policy.Currency);
        return ChangeResults.ToResult(await edits.CreateAsync(managed.Caller, product, cancellationToken), Shape, p => ManageRoutes.Url(tenantId, "products", p.Id));
    }

    [ApiOperation(Summary = "Read a product", Response = typeof(ManagedProductResponse), Statuses = [200, 401, 403, 404], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetManagedProduct))]
    public async Task<IActionResult> GetManagedProduct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Product)] HttpRequest request,
        string tenantId,
        string productId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Staff, cancellationToken);
        return await products.FindAsync(managed.Caller.TenantId, RouteIds.Check(productId, "product"), cancellationToken) is { } product
            ? new VersionedBody(Shape(product.Value), product.Version)
            : ApiProblems.NotFound($"No product '{productId}'.");
    }

    [ApiOperation(Summary = "Replace a product", Description = "Needs If-Match. Units held for bookings stay held.", Request = typeof(ManagedProductRequest),
        Response = typeof(ManagedProductResponse), Statuses = [200, 400, 401, 403, 404, 412, 413, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(ReplaceManagedProduct))]
    public async Task<IActionResult> ReplaceManagedProduct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.Product)] HttpRequest request,
        string tenantId,
        string productId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var body = await JsonRequest.ReadAsync<ManagedProductRequest>(request, cancellationToken);
        var product = ProductRequests.ToProduct(body, RouteIds.Check(productId, "product"), managed.Tenant.Policy.Currency);
        return ChangeResults.ToResult(await edits.ReplaceAsync(managed.Caller, product, version, cancellationToken), Shape);
    }

    [ApiOperation(Summary = "Delete a product", Description = "Needs If-Match. Bookings that carry it keep its name and price.", Statuses = [204, 401, 403, 404, 412, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read.")]
    [Function(nameof(DeleteManagedProduct))]
    public async Task<IActionResult> DeleteManagedProduct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.Product)] HttpRequest request,
        string tenantId,
        string productId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        return ChangeResults.ToResult(await edits.DeleteAsync(managed.Caller, RouteIds.Check(productId, "product"), version, cancellationToken), Shape);
    }

    private ManagedProductResponse Shape(Product product) => ManagedProductResponses.Of(product, clock.GetCurrentInstant());
}
