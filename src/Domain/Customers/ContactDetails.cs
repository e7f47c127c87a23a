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

    /// <summary>Checks and normalises the details; a failure names the customer field at fault.</summary>
    /// <param name="name">The customer's name, at most 200 characters.</param>
    /// <param name="email">An e-mail address, or null when a phone number is given.</param>
    /// <param name="phone">An international phone number (<c>+27...</c>), or null when an e-mail address is given.</param>
    public ContactDetails(string? name, string? email, string? phone)
    {
        Name = Preconditions.CheckNotBlank(name, "customer.name").Trim();
        Preconditions.CheckArgument(Name.Length <= MaxNameLength, "customer.name", $"must be at most {MaxNameLength} characters.");
        Email = EmailAddress.NormaliseOrNull(email, "customer.email");
        Phone = NormalisePhone(phone);
        Preconditions.CheckArgument(Email is not null || Phone is not null, "customer.email", "an e-mail address or a phone number is required.");
    }

    /// <summary>The name, trimmed.</summary>
    public string Name { get; }

    /// <summary>The e-mail address, trimmed and lower-cased, if given.</summary>
    public string? Email { get; }

    /// <summary>The phone number in E.164, if given.</summary>
    public string? Phone { get; }

    /// <summary>The identity customers are de-duplicated by: e-mail when given, else phone.</summary>
    public string DedupeKey => Email is not null ? $"email:{Email}" : $"phone:{Phone}";

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
