using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>The stored form of a deposit rule: a percentage or a fixed amount, or neither.</summary>
internal static class DepositRules
{
    public static DepositRule? From(int? percent, long? fixedMinor, string currency) =>
        fixedMinor is { } amount ? DepositRule.FixedAmount(new Money(amount, currency))
        : percent is { } share ? DepositRule.Percentage(share)
        : null;

    public static int? Percent(DepositRule? rule) => rule?.Kind == DepositKind.Percentage ? rule.Percent : null;

    public static long? FixedMinor(DepositRule? rule) => rule?.Amount?.MinorUnits;
}
