using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Products;
using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>What a new booking agrees to: who, which service at which price and deposit, in which zone.</summary>
/// <param name="BookingId">The booking id.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="Service">The service booked; its price is the booking's price.</param>
/// <param name="Deposit">What is due up front: the deposit under the tenant's rule for the service, plus the products when they are charged with it.</param>
/// <param name="Zone">The tenant's time zone.</param>
/// <param name="Customer">Who the booking is for.</param>
/// <param name="Fingerprint">Identifies the create request.</param>
public sealed record BookingTerms(
    string BookingId, string TenantId, Service Service, Money Deposit, DateTimeZone Zone, ContactDetails Customer, string Fingerprint)
{
    /// <summary>Products added to the booking, at their current names and prices.</summary>
    public IReadOnlyList<BookedProduct> Products { get; init; } = [];

    /// <summary>When the products are paid for.</summary>
    public ProductCharge ProductCharge { get; init; } = ProductCharge.AtAppointment;
}
