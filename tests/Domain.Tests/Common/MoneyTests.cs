using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void Money_currency_is_normalised_to_upper_case() => Assert.Equal("ZAR", new Money(1, "zar").Currency);

    [Theory]
    [InlineData("")]
    [InlineData("RAND")]
    [InlineData("Z4R")]
    [InlineData(null)]
    public void Money_invalid_currency_names_currency(string? currency) =>
        Assert.Equal("currency", Assert.Throws<DomainValidationException>(() => new Money(1, currency!)).Field);

    [Fact]
    public void Money_equal_amounts_are_equal() => Assert.Equal(new Money(100, "USD"), new Money(100, "usd"));
}
