namespace AppointmentBooking.Domain.Products;

/// <summary>What a change to a product's stock comes to.</summary>
public abstract record StockChange
{
    private StockChange()
    {
    }

    /// <summary>The product as it is to be stored.</summary>
    /// <param name="Product">The new state.</param>
    public sealed record Changed(Product Product) : StockChange;

    /// <summary>Nothing to store: the change was made before (a retry), or there was nothing to change.</summary>
    /// <param name="Product">The state as it stands.</param>
    public sealed record Unchanged(Product Product) : StockChange;

    /// <summary>Not enough units are free, or the product is not on sale.</summary>
    /// <param name="Reason">Why, in words for the customer.</param>
    public sealed record Refused(string Reason) : StockChange;
}
