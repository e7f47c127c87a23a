using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tests.Catalog;

public class DepositRuleTests
{
    private static readonly Money Price = new(25050, "ZAR");

    [Fact]
    public void DepositFor_percentage_rounds_half_away_from_zero() =>
        Assert.Equal(new Money(2505, "ZAR"), DepositRule.Percentage(10).DepositFor(Price));

    [Fact]
    public void DepositFor_fixed_amount_is_capped_at_the_price() =>
        Assert.Equal(Price, DepositRule.FixedAmount(new Money(99999, "ZAR")).DepositFor(Price));

    [Fact]
    public void DepositFor_none_is_zero() => Assert.Equal(Money.Zero("ZAR"), DepositRule.None.DepositFor(Price));

    [Fact]
    public void Percentage_out_of_range_names_the_percent() =>
        Assert.Equal("deposit.percent", Assert.Throws<DomainValidationException>(() => DepositRule.Percentage(0)).Field);

    [Fact]
    public void FixedAmount_zero_names_the_amount() =>
        Assert.Equal("deposit.amount", Assert.Throws<DomainValidationException>(() => DepositRule.FixedAmount(Money.Zero("ZAR"))).Field);
}
