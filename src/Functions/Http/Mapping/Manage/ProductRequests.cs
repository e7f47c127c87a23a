using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Checks a product as managers write it and lists every bad field at once (400).</summary>
public static class ProductRequests
{
    private const int MaxNameLength = 200;
    private const int MaxDescriptionLength = 2000;
    private const long MaxPriceMinor = 999_999_999_999;
    private const int MaxStock = 1_000_000;

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static Product ToProduct(ManagedProductRequest request, string productId, string currency)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var name = errors.Text(request.Name, "name", MaxNameLength);
        var description = errors.Text(request.Description, "description", MaxDescriptionLength, required: false);
        var price = errors.Number(request.PriceMinor, "priceMinor", 0, MaxPriceMinor);
        if (request.Stock is < 0 or > MaxStock)
        {
            errors.Add("stock", $"must be between 0 and {MaxStock}, or absent when stock is not tracked.");
        }

        errors.ThrowIfAny();
        var product = errors.Try(() => new Product(productId, name!, new Money(price!.Value, currency), request.Stock, request.Active ?? true, description),
            renames: new Dictionary<string, string> { ["price"] = "priceMinor" });
        errors.ThrowIfAny();
        return product!;
    }
}
