using System.Globalization;
using AppointmentBooking.Domain.Catalog;

namespace AppointmentBooking.Functions.Application.Catalog;

/// <summary>A service's fields as text, for the audit trail's before and after.</summary>
public static class ServiceDescription
{
    public static IReadOnlyDictionary<string, string?> Of(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new Dictionary<string, string?>
        {
            ["name"] = service.Name,
            ["description"] = service.Description,
            ["durationMinutes"] = Number(service.Duration.TotalMinutes),
            ["priceMinor"] = service.Price.MinorUnits.ToString(CultureInfo.InvariantCulture),
            ["bufferBeforeMinutes"] = Number(service.BufferBefore.TotalMinutes),
            ["bufferAfterMinutes"] = Number(service.BufferAfter.TotalMinutes),
            ["deposit"] = Deposit(service.Deposit),
            ["staffIds"] = string.Join(", ", service.AllowedStaffIds.Order(StringComparer.Ordinal)),
            ["active"] = service.IsActive ? "true" : "false",
        };
    }

    /// <summary>A deposit rule as text; null means the tenant's default applies.</summary>
    public static string? Deposit(DepositRule? rule) => rule?.Kind switch
    {
        null => null,
        DepositKind.Percentage => $"{rule.Percent}%",
        DepositKind.FixedAmount => $"{rule.Amount!.MinorUnits} {rule.Amount.Currency}",
        _ => "none",
    };

    private static string Number(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
