using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>
/// Derives the booking id from the tenant and the client's Idempotency-Key, so every retry of a
/// request lands on the same ledger claim and the same appointment document.
/// </summary>
public static class BookingIds
{
    public static string FromIdempotencyKey(string tenantId, string idempotencyKey) =>
        "bkg-" + Hash($"{tenantId}\n{idempotencyKey}")[..32];

    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
