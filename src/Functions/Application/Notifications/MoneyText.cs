using System.Globalization;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>An amount as people read it: "ZAR 200.00", or "JPY 500" for currencies without minor units (ISO 4217).</summary>
public static class MoneyText
{
    private static readonly HashSet<string> WithoutMinorUnits =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];

    public static string Format(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return WithoutMinorUnits.Contains(money.Currency)
            ? $"{money.Currency} {money.MinorUnits.ToString(CultureInfo.InvariantCulture)}"
            : $"{money.Currency} {(money.MinorUnits / 100m).ToString("0.00", CultureInfo.InvariantCulture)}";
    }
}
