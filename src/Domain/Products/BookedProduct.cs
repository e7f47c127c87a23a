using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Products;

/// <summary>A product added to a booking, at the name and price it had when booked.</summary>
public sealed record BookedProduct
{
    /// <summary>The largest quantity of one product a booking may carry.</summary>
    public const int MaxQuantity = 99;

    /// <summary>Creates a line; the quantity is 1 to <see cref="MaxQuantity"/> and the price not negative.</summary>
    /// <param name="productId">The product.</param>
    /// <param name="name">Its name when booked.</param>
    /// <param name="quantity">How many.</param>
    /// <param name="unitPrice">Its price when booked.</param>
    public BookedProduct(string productId, string name, int quantity, Money unitPrice)
    {
        ProductId = Preconditions.CheckNotBlank(productId, nameof(productId));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Quantity = Preconditions.CheckRange(quantity, 1, MaxQuantity, nameof(quantity));
        UnitPrice = Preconditions.CheckNotNull(unitPrice, nameof(unitPrice));
        Preconditions.CheckNonNegative(unitPrice.MinorUnits, nameof(unitPrice));
    }

    /// <summary>The product.</summary>
    public string ProductId { get; }

    /// <summary>Its name when booked.</summary>
    public string Name { get; }

    /// <summary>How many.</summary>
    public int Quantity { get; }

    /// <summary>Its price when booked.</summary>
    public Money UnitPrice { get; }

    /// <summary>Quantity times unit price.</summary>
    public Money Total => new(UnitPrice.MinorUnits * Quantity, UnitPrice.Currency);

    /// <summary>The sum of <paramref name="lines"/> in <paramref name="currency"/>; zero for none.</summary>
    public static Money Sum(IEnumerable<BookedProduct> lines, string currency)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new Money(lines.Sum(l => l.Total.MinorUnits), currency);
    }
}
