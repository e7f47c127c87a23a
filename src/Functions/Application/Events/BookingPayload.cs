using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Products;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Events;

/// <summary>A booking in an event: times with the offset of the tenant's zone, money in minor units.</summary>
public sealed record BookingPayload(
    string Id,
    string ServiceId,
    string StaffId,
    OffsetDateTime Start,
    OffsetDateTime End,
    string TimeZone,
    BookingStatus Status,
    AmountPayload Price,
    AmountPayload Deposit,
    CustomerPayload Customer,
    IReadOnlyList<ProductLinePayload> Products,
    ProductCharge ProductCharge)
{
    public static BookingPayload Of(BookingSnapshot booking, bool withContact)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new BookingPayload(
            booking.BookingId,
            booking.ServiceId,
            booking.StaffId,
            booking.Start.InZone(booking.Zone).ToOffsetDateTime(),
            booking.End.InZone(booking.Zone).ToOffsetDateTime(),
            booking.Zone.Id,
            booking.Status,
            new AmountPayload(booking.Price.MinorUnits, booking.Price.Currency),
            new AmountPayload(booking.Deposit.MinorUnits, booking.Deposit.Currency),
            new CustomerPayload(booking.Customer.Name, withContact ? booking.Customer.Email : null, withContact ? booking.Customer.Phone : null),
            [.. booking.Products.Select(p => new ProductLinePayload(p.ProductId, p.Name, p.Quantity,
                new AmountPayload(p.UnitPrice.MinorUnits, p.UnitPrice.Currency)))],
            booking.ProductCharge);
    }
}
