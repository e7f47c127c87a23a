using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Products in the shape managers see, with units held for bookings at <c>now</c>.</summary>
public static class ManagedProductResponses
{
    public static ManagedProductResponse Of(Product product, Instant now)
    {
        ArgumentNullException.ThrowIfNull(product);
        var available = product.AvailableAt(now);
        return new ManagedProductResponse(product.Id, product.Name, product.Description, BookingResponses.Money(product.Price), product.Stock,
            product.Reservations.Where(r => r.IsLiveAt(now)).Sum(r => r.Quantity), available, product.IsActive);
    }
}
