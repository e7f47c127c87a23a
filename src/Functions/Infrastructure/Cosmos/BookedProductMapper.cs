using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps the products on a booking (in the booking's currency) to their stored form and back.</summary>
internal static class BookedProductMapper
{
    public static IReadOnlyList<BookedProductDocument> ToDocuments(IEnumerable<BookedProduct> products) =>
        [.. products.Select(p => new BookedProductDocument(p.ProductId, p.Name, p.Quantity, p.UnitPrice.MinorUnits))];

    public static IReadOnlyList<BookedProduct> ToDomain(IEnumerable<BookedProductDocument>? documents, string currency) =>
        [.. (documents ?? []).Select(p => new BookedProduct(p.ProductId, p.Name, p.Quantity, new Money(p.UnitPriceMinor, currency)))];
}
