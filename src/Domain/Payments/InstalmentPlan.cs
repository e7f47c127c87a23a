using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// How a customer pays a deposit to a pay-later gateway in parts. The tenant is paid the whole deposit
/// at once; the plan is the customer's side, kept on the payment for the owner and the customer to see.
/// </summary>
public sealed record InstalmentPlan
{
    private const int PayInFourParts = 4;
    private static readonly Duration PayInFourInterval = Duration.FromDays(14);

    /// <summary>Creates a plan of at least one instalment, all in one currency, in the order they fall due.</summary>
    public InstalmentPlan(IEnumerable<Instalment> instalments)
    {
        Instalments = [.. Preconditions.CheckNotNull(instalments, nameof(instalments))];
        Preconditions.CheckArgument(Instalments.Count > 0, nameof(instalments), "must hold at least one instalment.");
        Preconditions.CheckArgument(Instalments.Select(i => i.Amount.Currency).Distinct().Count() == 1, nameof(instalments), "must share one currency.");
        Preconditions.CheckArgument(Instalments.Zip(Instalments.Skip(1)).All(p => p.First.DueAt <= p.Second.DueAt), nameof(instalments), "must be in due order.");
    }

    /// <summary>The instalments, first due first.</summary>
    public IReadOnlyList<Instalment> Instalments { get; }

    /// <summary>What the instalments add up to.</summary>
    public Money Total => new(Instalments.Sum(i => i.Amount.MinorUnits), Instalments[0].Amount.Currency);

    /// <summary>
    /// Pay in four: a quarter at purchase and a quarter every two weeks after, as Payflex sells it.
    /// Cents that do not divide by four go to the first instalments, one each, so the parts add up to <paramref name="total"/>.
    /// </summary>
    public static InstalmentPlan PayInFour(Money total, Instant purchasedAt)
    {
        ArgumentNullException.ThrowIfNull(total);
        Preconditions.CheckArgument(total.MinorUnits >= PayInFourParts, nameof(total), $"must be at least {PayInFourParts} minor units.");
        var (quarter, remainder) = Math.DivRem(total.MinorUnits, PayInFourParts);
        return new InstalmentPlan(Enumerable.Range(0, PayInFourParts).Select(i =>
            new Instalment(purchasedAt + (PayInFourInterval * i), new Money(quarter + (i < remainder ? 1 : 0), total.Currency))));
    }

    /// <summary>Whether both hold the same instalments.</summary>
    public bool Equals(InstalmentPlan? other) => other is not null && Instalments.SequenceEqual(other.Instalments);

    /// <inheritdoc />
    public override int GetHashCode() => Instalments.Count;
}
