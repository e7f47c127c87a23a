using System.Net.Mail;

namespace AppointmentBooking.Domain.Common;

/// <summary>E-mail addresses as the app keeps them: trimmed, lower-cased, checked, at most 254 characters.</summary>
public static class EmailAddress
{
    private const int MaxLength = 254;

    /// <summary>The normalised address, null when blank, or throws naming <paramref name="field"/>.</summary>
    public static string? NormaliseOrNull(string? email, string field)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var trimmed = email.Trim().ToLowerInvariant();
        var valid = trimmed.Length <= MaxLength && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed;
        Preconditions.CheckArgument(valid, field, "must be a valid e-mail address.");
        return trimmed;
    }
}
