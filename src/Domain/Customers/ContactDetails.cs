using System.Net.Mail;
using System.Text;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Customers;

/// <summary>
/// A customer's name and how to reach them, normalised so that the same person is recognised again:
/// e-mail lower-cased and trimmed, phone in E.164 (<c>+</c> and 8 to 15 digits).
/// </summary>
public sealed record ContactDetails
{
    private const int MaxNameLength = 200;

    public ContactDetails(string? name, string? email, string? phone)
    {
        Name = Preconditions.CheckNotBlank(name, "customer.name").Trim();
        Preconditions.CheckArgument(Name.Length <= MaxNameLength, "customer.name", $"must be at most {MaxNameLength} characters.");
        Email = NormaliseEmail(email);
        Phone = NormalisePhone(phone);
        Preconditions.CheckArgument(Email is not null || Phone is not null, "customer.email", "an e-mail address or a phone number is required.");
    }

    public string Name { get; }

    public string? Email { get; }

    public string? Phone { get; }

    /// <summary>The identity customers are de-duplicated by: e-mail when given, else phone.</summary>
    public string DedupeKey => Email is not null ? $"email:{Email}" : $"phone:{Phone}";

    private static string? NormaliseEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var trimmed = email.Trim().ToLowerInvariant();
        var valid = MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed && trimmed.Length <= 254;
        Preconditions.CheckArgument(valid, "customer.email", "must be a valid e-mail address.");
        return trimmed;
    }

    private static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.' or '+'))
            {
                digits.Clear();
                break;
            }
        }

        var valid = phone.TrimStart().StartsWith('+') && digits.Length is >= 8 and <= 15 && digits[0] != '0';
        Preconditions.CheckArgument(valid, "customer.phone", "must be an international number such as +27821234567.");
        return "+" + digits;
    }
}
