using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>The products part of a booking request: each product once, 1 to 99 of it, and when it is paid.</summary>
public static class ProductChoices
{
    private const int MaxLines = 20;

    public static IReadOnlyList<ProductChoice> Parse(List<ProductChoiceRequest>? requested, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var lines = requested ?? [];
        if (lines.Count > MaxLines)
        {
            errors.Add(new FieldError("products", $"may list at most {MaxLines} products."));
            return [];
        }

        var choices = new List<ProductChoice>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line?.ProductId is not { } id || !RouteIds.IsValid(id))
            {
                errors.Add(new FieldError($"products[{i}].productId", "is required, as a product id."));
            }
            else if (line.Quantity is not (>= 1 and <= BookedProduct.MaxQuantity))
            {
                errors.Add(new FieldError($"products[{i}].quantity", $"must be a whole number from 1 to {BookedProduct.MaxQuantity}."));
            }
            else if (choices.Exists(c => c.ProductId == id))
            {
                errors.Add(new FieldError($"products[{i}].productId", "is listed twice; give one line per product."));
            }
            else
            {
                choices.Add(new ProductChoice(id, line.Quantity.Value));
            }
        }

        return choices;
    }

    public static ProductCharge Charge(string? text, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(text))
        {
            return ProductCharge.AtAppointment;
        }

        if (ApiEnums.Parse<ProductCharge>(text) is not { } charge)
        {
            errors.Add(new FieldError("productCharge", $"must be one of {string.Join(", ", Enum.GetValues<ProductCharge>().Select(ApiEnums.Name))}."));
            return ProductCharge.AtAppointment;
        }

        return charge;
    }
}
