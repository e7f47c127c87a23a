using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Products;

/// <summary>
/// Units of a product held for one booking. Like the booking's slot claim it lapses with the hold
/// (<see cref="ExpiresAt"/>) unless it is settled when the booking is confirmed, so a booking that was
/// never stored cannot keep stock away from others.
/// </summary>
public sealed record StockReservation
{
    /// <summary>Creates a reservation of at least one unit.</summary>
    /// <param name="bookingId">The booking the units are held for.</param>
    /// <param name="quantity">How many units.</param>
    /// <param name="expiresAt">When an unsettled reservation lapses; null once settled.</param>
    public StockReservation(string bookingId, int quantity, Instant? expiresAt)
    {
        BookingId = Preconditions.CheckNotBlank(bookingId, nameof(bookingId));
        Quantity = Preconditions.CheckRange(quantity, 1, int.MaxValue, nameof(quantity));
        ExpiresAt = expiresAt;
    }

    /// <summary>The booking the units are held for.</summary>
    public string BookingId { get; }

    /// <summary>How many units.</summary>
    public int Quantity { get; }

    /// <summary>When an unsettled reservation lapses; null once settled.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Whether the units are still held at <paramref name="now"/>.</summary>
    public bool IsLiveAt(Instant now) => ExpiresAt is not { } expiry || now < expiry;
}
