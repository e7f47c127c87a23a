using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NodaTime;

namespace AppointmentBooking.Functions.Http;

/// <summary>The products a tenant sells beside its services, which customers may add to a booking.</summary>
public sealed class Products(TenantRoute route, IClock clock)
{
    [ApiOperation(Summary = "A tenant's products on sale", Response = typeof(List<ProductResponse>), Statuses = [200, 404, 429])]
    [Function(nameof(ListProducts))]
    public async Task<IActionResult> ListProducts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tenants/{slug}/products")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken) =>
        new JsonBody(ProductResponses.OnSale(await route.FindAsync(request, slug, cancellationToken), clock.GetCurrentInstant()));
}
