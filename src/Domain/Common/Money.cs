namespace AppointmentBooking.Domain.Common;

/// <summary>
/// An amount of money in minor units (cents) of an ISO 4217 currency. Minor units keep deposit and
/// gateway arithmetic exact; payment gateways speak minor units too.
/// </summary>
public sealed record Money
{
    /// <summary>Creates an amount; the currency is normalised to upper case.</summary>
    /// <param name="minorUnits">The amount in minor units, e.g. 1050 for 10.50.</param>
    /// <param name="currency">A three-letter ISO 4217 code such as <c>ZAR</c>.</param>
    public Money(long minorUnits, string currency)
    {
        MinorUnits = minorUnits;
        Currency = CurrencyCode.Check(currency, nameof(currency));
    }

    /// <summary>The amount in minor units of <see cref="Currency"/>.</summary>
    public long MinorUnits { get; }

    /// <summary>The three-letter upper-case ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>Zero in the given currency.</summary>
    public static Money Zero(string currency) => new(0, currency);

    /// <inheritdoc />
    public override string ToString() => $"{MinorUnits} {Currency} (minor units)";
}
