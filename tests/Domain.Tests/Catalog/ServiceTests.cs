using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Catalog;

public class ServiceTests
{
    private static readonly Money Price = new(25000, "ZAR");

    private static string FieldOf(Action create) => Assert.Throws<DomainValidationException>(create).Field;

    [Fact]
    public void Service_zero_duration_names_duration() =>
        Assert.Equal("duration", FieldOf(() => _ = new Service("s", "Cut", Duration.Zero, Price, Duration.Zero, Duration.Zero)));

    [Fact]
    public void Service_negative_buffer_before_names_bufferBefore() =>
        Assert.Equal("bufferBefore", FieldOf(() => _ = new Service("s", "Cut", Duration.FromHours(1), Price, Duration.FromMinutes(-5), Duration.Zero)));

    [Fact]
    public void Service_negative_buffer_after_names_bufferAfter() =>
        Assert.Equal("bufferAfter", FieldOf(() => _ = new Service("s", "Cut", Duration.FromHours(1), Price, Duration.Zero, Duration.FromMinutes(-5))));

    [Fact]
    public void Service_negative_price_names_price() =>
        Assert.Equal("price", FieldOf(() => _ = new Service("s", "Cut", Duration.FromHours(1), new Money(-1, "ZAR"), Duration.Zero, Duration.Zero)));

    [Fact]
    public void Service_blank_name_names_name() =>
        Assert.Equal("name", FieldOf(() => _ = new Service("s", "", Duration.FromHours(1), Price, Duration.Zero, Duration.Zero)));

    [Fact]
    public void Service_deposit_in_another_currency_names_deposit() =>
        Assert.Equal("deposit", FieldOf(() => _ = new Service("s", "Cut", Duration.FromHours(1), Price, Duration.Zero, Duration.Zero, DepositRule.FixedAmount(new Money(100, "USD")))));

    [Fact]
    public void Service_without_staff_list_can_be_performed_by_anyone() =>
        Assert.True(new Service("s", "Cut", Duration.FromHours(1), Price, Duration.Zero, Duration.Zero).CanBePerformedBy("anyone"));

    [Fact]
    public void Service_with_staff_list_is_limited_to_it()
    {
        var service = new Service("s", "Cut", Duration.FromHours(1), Price, Duration.Zero, Duration.Zero, allowedStaffIds: ["bob"]);
        Assert.True(service.CanBePerformedBy("bob"));
        Assert.False(service.CanBePerformedBy("alice"));
    }
}
