using AppointmentBooking.Domain.Customers;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A customer's id is a hash of their normalised contact, so the same person always maps to one document.</summary>
internal static class CustomerIds
{
    public static string For(ContactDetails contact) => "cus-" + BookingIds.Hash(contact.DedupeKey)[..24];
}
