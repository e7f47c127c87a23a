using System.Security.Cryptography;
using System.Text;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>Compares a received signature with the expected one without telling, by its timing, how much of it was right.</summary>
internal static class ConstantTime
{
    public static bool Equal(string? received, string expected) =>
        received is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));
}
