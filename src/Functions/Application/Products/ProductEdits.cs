using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;

namespace AppointmentBooking.Functions.Application.Products;

/// <summary>
/// The product catalog as managers edit it, under versions, catalog stamps and audit like services. An
/// edit sets name, price, stock on hand and whether it is on sale; units held for bookings stay held.
/// Deleting a product keeps the bookings that carry it (they keep its name and price).
/// </summary>
public sealed class ProductEdits(CatalogEditor<Product> editor)
{
    public static CatalogKind<Product> Kind { get; } = new("product", "products", p => p.Id, ProductDescription.Of);

    public Task<ChangeOutcome<Product>> CreateAsync(Caller caller, Product product, CancellationToken cancellationToken) =>
        editor.CreateAsync(caller, product, cancellationToken);

    public Task<ChangeOutcome<Product>> ReplaceAsync(Caller caller, Product edit, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return editor.ReplaceAsync(caller, edit.Id, expectedVersion, stored => stored.Edited(edit), cancellationToken);
    }

    public Task<ChangeOutcome<Product>> DeleteAsync(Caller caller, string productId, string expectedVersion, CancellationToken cancellationToken) =>
        editor.DeleteAsync(caller, productId, expectedVersion, cancellationToken);
}
