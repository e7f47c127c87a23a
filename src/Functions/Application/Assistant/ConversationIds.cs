using System.Security.Cryptography;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>New conversation ids and confirmation codes, from the cryptographic random source: both are bearer secrets.</summary>
public static class ConversationIds
{
    /// <summary>128 random bits: whoever holds the id may continue the conversation, so it must not be guessable.</summary>
    public static string New() => "cnv-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A six-digit code the customer can type back.</summary>
    public static string NewConfirmationCode() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Idempotency-Key of the booking a confirmation creates: a retried confirmation lands on the same booking.</summary>
    public static string IdempotencyKey(string conversationId, string code) => $"assistant/{conversationId}/{code}";
}
