using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A create request whose fields are well-formed; whether the service and staff exist is the use case's to find out.</summary>
public sealed record CreateBookingCommand(string ServiceId, StaffChoice Staff, Instant Start, ContactDetails Customer)
{
    /// <summary>Products to add to the booking.</summary>
    public IReadOnlyList<ProductChoice> Products { get; init; } = [];

    /// <summary>When the products are paid for.</summary>
    public ProductCharge ProductCharge { get; init; } = ProductCharge.AtAppointment;

    /// <summary>Identifies this request among retries: the same fields give the same fingerprint.</summary>
    public string Fingerprint => BookingIds.Hash(
        string.Join('\n', ServiceId, Staff, Start.ToUnixTimeTicks(), Customer.Name, Customer.Email, Customer.Phone)
        + (Products.Count == 0 ? string.Empty : $"\n{ProductCharge}\n" + string.Join('\n', Products.Select(p => $"{p.ProductId}x{p.Quantity}"))));
}
