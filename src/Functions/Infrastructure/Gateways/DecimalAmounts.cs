using System.Globalization;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>
/// Amounts as the gateways that speak major units write them (<c>"150.00"</c>): two decimals, a point,
/// no thousands separator. Read back exactly into minor units; a value with more than two decimals or
/// anything else is not an amount, never rounded into one.
/// </summary>
internal static class DecimalAmounts
{
    private const NumberStyles Style = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public static string Format(Money amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        return (amount.MinorUnits / 100m).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public static Money? Parse(string? text, string currency)
    {
        if (!decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var major) || decimal.Round(major, 2) != major)
        {
            return null;
        }

        return new Money((long)(major * 100m), currency);
    }
}
