using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Catalog;

/// <summary>
/// The deposit a customer pays to hold a booking: none, a percentage of the price, or a fixed
/// amount. A tenant has a default rule; a service may override it.
/// </summary>
public sealed record DepositRule
{
    private DepositRule(DepositKind kind, int percent, Money? amount)
    {
        Kind = kind;
        Percent = percent;
        Amount = amount;
    }

    /// <summary>No deposit.</summary>
    public static DepositRule None { get; } = new(DepositKind.None, 0, null);

    /// <summary>Which kind of rule this is.</summary>
    public DepositKind Kind { get; }

    /// <summary>The percentage (1–100) for <see cref="DepositKind.Percentage"/>, otherwise 0.</summary>
    public int Percent { get; }

    /// <summary>The fixed amount for <see cref="DepositKind.FixedAmount"/>, otherwise null.</summary>
    public Money? Amount { get; }

    /// <summary>A deposit of a whole-number percentage (1–100) of the price.</summary>
    public static DepositRule Percentage(int percent) =>
        new(DepositKind.Percentage, Preconditions.CheckRange(percent, 1, 100, "deposit.percent"), null);

    /// <summary>A fixed deposit; it never exceeds the price it is applied to.</summary>
    public static DepositRule FixedAmount(Money amount)
    {
        Preconditions.CheckNotNull(amount, "deposit.amount");
        Preconditions.CheckArgument(amount.MinorUnits > 0, "deposit.amount", "must be positive.");
        return new(DepositKind.FixedAmount, 0, amount);
    }

    /// <summary>
    /// The deposit due for <paramref name="price"/>. Percentages round half away from zero to the
    /// minor unit; a fixed amount is capped at the price.
    /// </summary>
    public Money DepositFor(Money price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return Kind switch
        {
            DepositKind.Percentage => new Money(
                (long)Math.Round(price.MinorUnits * Percent / 100m, MidpointRounding.AwayFromZero),
                price.Currency),
            DepositKind.FixedAmount => new Money(Math.Min(Amount!.MinorUnits, price.MinorUnits), price.Currency),
            _ => Money.Zero(price.Currency),
        };
    }
}
