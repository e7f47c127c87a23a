using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.Domain.Customers;

/// <summary>A customer's id is a hash of their normalised contact, so the same person always maps to one record.</summary>
public static class CustomerIds
{
    /// <summary>The id of the customer with these details.</summary>
    public static string For(ContactDetails contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return "cus-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contact.DedupeKey)))[..24];
    }
}
