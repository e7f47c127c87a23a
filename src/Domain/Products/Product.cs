using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Products;

/// <summary>
/// Something the business sells beside its services (a shampoo, a gift card). With a tracked stock, a
/// booking that adds the product reserves units: held like the booking's slot until it is confirmed,
/// then kept until the appointment (sold) or the booking ends without one (returned). Units held for
/// bookings are not offered to others. Immutable; every change returns the product to store.
/// </summary>
public sealed class Product
{
    private const int MaxNameLength = 200;
    private const int MaxDescriptionLength = 2000;
    private readonly StockReservation[] reservations;

    /// <summary>Creates a product; every argument is checked and a failure names its field.</summary>
    /// <param name="id">The product id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="price">The price; not negative.</param>
    /// <param name="stock">Units on hand; null when the business does not track stock (always available).</param>
    /// <param name="isActive">Inactive products are not offered and cannot be added to bookings.</param>
    /// <param name="description">What customers read about it; optional.</param>
    /// <param name="reservations">Units held for bookings.</param>
    public Product(
        string id, string name, Money price, int? stock, bool isActive, string? description = null, IEnumerable<StockReservation>? reservations = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        Preconditions.CheckArgument(Name.Length <= MaxNameLength, nameof(name), $"must be at most {MaxNameLength} characters.");
        Price = Preconditions.CheckNotNull(price, nameof(price));
        Preconditions.CheckNonNegative(price.MinorUnits, nameof(price));
        Preconditions.CheckArgument(stock is null or >= 0, nameof(stock), "must not be negative.");
        Stock = stock;
        IsActive = isActive;
        Preconditions.CheckArgument(description is null || description.Length <= MaxDescriptionLength, nameof(description),
            $"must be at most {MaxDescriptionLength} characters.");
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        this.reservations = [.. reservations ?? []];
        Preconditions.CheckArgument(this.reservations.Select(r => r.BookingId).Distinct(StringComparer.Ordinal).Count() == this.reservations.Length,
            nameof(reservations), "hold one reservation per booking.");
    }

    /// <summary>The product id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The price.</summary>
    public Money Price { get; }

    /// <summary>Units on hand, reserved ones included; null when stock is not tracked.</summary>
    public int? Stock { get; }

    /// <summary>Whether the product is offered.</summary>
    public bool IsActive { get; }

    /// <summary>What customers read about it, if anything.</summary>
    public string? Description { get; }

    /// <summary>Units held for bookings, live or lapsed.</summary>
    public IReadOnlyList<StockReservation> Reservations => reservations;

    /// <summary>Units free for new bookings at <paramref name="now"/>; null when stock is not tracked.</summary>
    public int? AvailableAt(Instant now) =>
        Stock is { } stock ? Math.Max(0, stock - reservations.Where(r => r.IsLiveAt(now)).Sum(r => r.Quantity)) : null;

    /// <summary>
    /// Holds <paramref name="quantity"/> units for a booking until <paramref name="expiresAt"/>, dropping
    /// lapsed reservations on the way. A booking that already holds units (a retry) keeps them.
    /// </summary>
    public StockChange Reserve(string bookingId, int quantity, Instant expiresAt, Instant now)
    {
        if (!IsActive)
        {
            return new StockChange.Refused($"'{Name}' is not on sale.");
        }

        if (Array.Exists(reservations, r => r.BookingId == bookingId) || Stock is null)
        {
            return new StockChange.Unchanged(this);
        }

        return AvailableAt(now) < quantity
            ? new StockChange.Refused($"Only {AvailableAt(now)} of '{Name}' left.")
            : new StockChange.Changed(With(reservations.Where(r => r.IsLiveAt(now)).Append(new StockReservation(bookingId, quantity, expiresAt))));
    }

    /// <summary>
    /// Keeps a confirmed booking's units without expiry. A reservation that lapsed meanwhile is taken up
    /// again: the booking is confirmed, so its products are owed even if that overdraws the stock.
    /// </summary>
    public StockChange Settle(string bookingId, int quantity) => Find(bookingId) switch
    {
        { ExpiresAt: null } => new StockChange.Unchanged(this),
        _ when Stock is null => new StockChange.Unchanged(this),
        _ => new StockChange.Changed(With(reservations.Where(r => r.BookingId != bookingId).Append(new StockReservation(bookingId, quantity, null)))),
    };

    /// <summary>Returns a booking's units (cancelled, expired, no-show); nothing when it holds none.</summary>
    public StockChange Release(string bookingId) =>
        Find(bookingId) is null ? new StockChange.Unchanged(this) : new StockChange.Changed(With(reservations.Where(r => r.BookingId != bookingId)));

    /// <summary>The appointment took place: the booking's units leave the stock for good.</summary>
    public StockChange Sell(string bookingId) => Find(bookingId) switch
    {
        null => new StockChange.Unchanged(this),
        var sold => new StockChange.Changed(new Product(Id, Name, Price, Math.Max(0, (Stock ?? 0) - sold.Quantity), IsActive, Description,
            reservations.Where(r => r.BookingId != bookingId))),
    };

    /// <summary>The product as a manager edited it (name, price, stock on hand, active), keeping the units held for bookings.</summary>
    public Product Edited(Product edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return new Product(Id, edit.Name, edit.Price, edit.Stock, edit.IsActive, edit.Description, edit.Stock is null ? [] : reservations);
    }

    private StockReservation? Find(string bookingId) => Array.Find(reservations, r => r.BookingId == bookingId);

    private Product With(IEnumerable<StockReservation> held) => new(Id, Name, Price, Stock, IsActive, Description, held);
}
