namespace AppointmentBooking.Domain.Common;

/// <summary>
/// Checks ISO 4217 currency codes: three ASCII letters, normalised to upper case. Tenants and prices
/// must agree on one currency per tenant, so every entry point normalises the same way.
/// </summary>
public static class CurrencyCode
{
    /// <summary>Returns the upper-case code, or throws naming <paramref name="field"/>.</summary>
    public static string Check(string? code, string field)
    {
        if (code is not { Length: 3 } || !IsAsciiLetters(code))
        {
            throw new DomainValidationException(field, "must be a three-letter ISO 4217 currency code.");
        }

        return code.ToUpperInvariant();
    }

    private static bool IsAsciiLetters(string code)
    {
        foreach (var c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
