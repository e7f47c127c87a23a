using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Tenants;

public class BookingPolicyTests
{
    private static BookingPolicy Create(
        string zone = "Europe/London",
        string currency = "GBP",
        int notice = 60,
        int daysAhead = 30,
        int interval = 15,
        int hold = 15,
        int cancellation = 1440) =>
        new BookingPolicy(
            TenantTimeZone.FromId(zone),
            currency,
            Duration.FromMinutes(notice),
            daysAhead,
            Duration.FromMinutes(interval),
            Duration.FromMinutes(hold),
            Duration.FromMinutes(cancellation),
            DepositRule.Percentage(20));

    private static string FieldOf(Action create) => Assert.Throws<DomainValidationException>(create).Field;

    [Fact]
    public void New_known_zone_id_resolves_from_tzdb() => Assert.Equal("Europe/London", Create().Zone.Id);

    [Fact]
    public void New_unknown_zone_id_names_timeZoneId() => Assert.Equal("timeZoneId", FieldOf(() => Create(zone: "Mars/Olympus_Mons")));

    [Fact]
    public void New_blank_zone_id_names_timeZoneId() => Assert.Equal("timeZoneId", FieldOf(() => Create(zone: "")));

    [Fact]
    public void New_bad_currency_names_currency() => Assert.Equal("currency", FieldOf(() => Create(currency: "POUNDS")));

    [Fact]
    public void New_negative_notice_names_minimumNotice() => Assert.Equal("minimumNotice", FieldOf(() => Create(notice: -1)));

    [Fact]
    public void New_negative_days_ahead_names_maximumDaysAhead() => Assert.Equal("maximumDaysAhead", FieldOf(() => Create(daysAhead: -1)));

    [Fact]
    public void New_zero_interval_names_slotInterval() => Assert.Equal("slotInterval", FieldOf(() => Create(interval: 0)));

    [Fact]
    public void New_zero_hold_names_holdDuration() => Assert.Equal("holdDuration", FieldOf(() => Create(hold: 0)));

    [Fact]
    public void New_negative_cancellation_window_names_cancellationWindow() =>
        Assert.Equal("cancellationWindow", FieldOf(() => Create(cancellation: -1)));

    [Fact]
    public void LastBookableDate_counts_local_dates_from_today()
    {
        var now = Instant.FromUtc(2025, 3, 29, 23, 30); // 23:30 GMT on 29 March, the eve of spring forward
        Assert.Equal(new LocalDate(2025, 3, 31), Create(daysAhead: 2).LastBookableDate(now));
    }

    [Fact]
    public void DepositRuleFor_service_rule_overrides_the_default()
    {
        var service = new Service("s", "Cut", Duration.FromHours(1), new Money(100, "GBP"), Duration.Zero, Duration.Zero, DepositRule.None);
        Assert.Equal(DepositRule.None, Create().DepositRuleFor(service));
    }
}
