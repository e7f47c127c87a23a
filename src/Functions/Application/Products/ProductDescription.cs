using System.Globalization;
using AppointmentBooking.Domain.Products;

namespace AppointmentBooking.Functions.Application.Products;

/// <summary>A product's fields as text, for the audit trail's before and after (units held for bookings are not edits).</summary>
public static class ProductDescription
{
    public static IReadOnlyDictionary<string, string?> Of(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new Dictionary<string, string?>
        {
            ["name"] = product.Name,
            ["description"] = product.Description,
            ["priceMinor"] = product.Price.MinorUnits.ToString(CultureInfo.InvariantCulture),
            ["stock"] = product.Stock?.ToString(CultureInfo.InvariantCulture),
            ["active"] = product.IsActive ? "true" : "false",
        };
    }
}
