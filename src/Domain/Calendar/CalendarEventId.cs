using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Calendar;

/// <summary>
/// The id of a booking's event in its staff member's calendar, derived from the booking alone, so a
/// retried insert names the same event and the provider refuses a second one. Google accepts client
/// ids of 5–1024 characters of base32hex (lowercase a–v and 0–9, RFC 2938 section 3.1.2); a SHA-256 of
/// tenant and booking, so ids of any shape fit, is 52 of them.
/// </summary>
public static class CalendarEventId
{
    private const string Base32Hex = "0123456789abcdefghijklmnopqrstuv";

    /// <summary>The event id of booking <paramref name="bookingId"/> of <paramref name="tenantId"/>.</summary>
    public static string For(string tenantId, string bookingId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{Preconditions.CheckNotBlank(tenantId, nameof(tenantId))}/{Preconditions.CheckNotBlank(bookingId, nameof(bookingId))}"));
        var text = new StringBuilder((hash.Length * 8 + 4) / 5);
        var buffer = 0;
        var bits = 0;
        foreach (var b in hash)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(Base32Hex[(buffer >> bits) & 31]);
            }
        }

        if (bits > 0)
        {
            text.Append(Base32Hex[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
