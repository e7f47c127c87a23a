using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Http.Contracts;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Products as customers see them.</summary>
public static class ProductResponses
{
    public static IReadOnlyList<ProductResponse> OnSale(TenantConfiguration tenant, Instant now)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return [.. tenant.ActiveProducts.Select(p => Of(p, now))];
    }

    private static ProductResponse Of(Product product, Instant now) =>
        new(product.Id, product.Name, product.Description, BookingResponses.Money(product.Price), product.AvailableAt(now) is null or > 0);
}
