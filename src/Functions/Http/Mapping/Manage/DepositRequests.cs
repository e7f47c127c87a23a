using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Reads deposit rules: <c>none</c>, <c>percentage</c> with a percent, <c>fixed</c> with an amount in the tenant's currency.</summary>
public static class DepositRequests
{
    private const long MaxAmountMinor = 999_999_999_999;

    /// <summary>The rule, or null (with an error recorded) when it is not valid.</summary>
    public static DepositRule? Parse(DepositRequest deposit, string currency, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(deposit);
        ArgumentNullException.ThrowIfNull(errors);
        switch (deposit.Kind?.ToLowerInvariant())
        {
            case "none":
                return DepositRule.None;
            case "percentage":
                return errors.Number(deposit.Percent, $"{field}.percent", 1, 100) is { } percent ? DepositRule.Percentage((int)percent) : null;
            case "fixed":
                return errors.Number(deposit.AmountMinor, $"{field}.amountMinor", 1, MaxAmountMinor) is { } amount
                    ? DepositRule.FixedAmount(new Money(amount, currency))
                    : null;
            default:
                errors.Add($"{field}.kind", "must be none, percentage or fixed.");
                return null;
        }
    }
}
