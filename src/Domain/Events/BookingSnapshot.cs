using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Products;
using NodaTime;

namespace AppointmentBooking.Domain.Events;

/// <summary>A booking as it stood when an event happened to it: what a webhook receiver or the dashboard needs to act on the event.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="ServiceId">The service booked.</param>
/// <param name="StaffId">Who performs it.</param>
/// <param name="Start">The appointment's start.</param>
/// <param name="End">The appointment's end.</param>
/// <param name="Zone">The tenant's time zone.</param>
/// <param name="Status">The booking's status right after the event.</param>
/// <param name="Price">The service's price.</param>
/// <param name="Deposit">What is due up front (the service's deposit, and products charged with it).</param>
/// <param name="Customer">Who the booking is for.</param>
/// <param name="Products">Products added to the booking.</param>
/// <param name="ProductCharge">When the products are paid for.</param>
public sealed record BookingSnapshot(
    string BookingId,
    string ServiceId,
    string StaffId,
    Instant Start,
    Instant End,
    DateTimeZone Zone,
    BookingStatus Status,
    Money Price,
    Money Deposit,
    ContactDetails Customer,
    IReadOnlyList<BookedProduct> Products,
    ProductCharge ProductCharge)
{
    /// <summary>The booking as it stands now.</summary>
    public static BookingSnapshot Of(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return new BookingSnapshot(appointment.Id, appointment.ServiceId, appointment.Placement.StaffId, appointment.Placement.Start,
            appointment.Placement.End, appointment.Zone, appointment.Status, appointment.Price, appointment.Deposit, appointment.Customer,
            appointment.Products, appointment.ProductCharge);
    }
}
