using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps products to their stored form and back.</summary>
internal static class ProductMapper
{
    public static Product ToDomain(ProductDocument document) => new(
        document.Id,
        document.Name,
        new Money(document.PriceMinor, document.Currency),
        document.Stock,
        document.Active,
        document.Description,
        document.Reservations.Select(r => new StockReservation(r.BookingId, r.Quantity, r.ExpiresAt)));

    public static ProductDocument ToDocument(string tenantId, Product product, string? version) => new()
    {
        Id = product.Id,
        TenantId = tenantId,
        Name = product.Name,
        Description = product.Description,
        PriceMinor = product.Price.MinorUnits,
        Currency = product.Price.Currency,
        Stock = product.Stock,
        Active = product.IsActive,
        Reservations = [.. product.Reservations.Select(r => new StockReservationDocument(r.BookingId, r.Quantity, r.ExpiresAt))],
        ETag = version,
    };
}
