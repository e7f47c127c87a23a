using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Builders;

internal sealed class PolicyBuilder
{
    private string zone = "Africa/Johannesburg";
    private Duration notice = Duration.Zero;
    private int maximumDaysAhead = 60;
    private Duration interval = Duration.FromMinutes(30);

    public PolicyBuilder InZone(string zoneId)
    {
        zone = zoneId;
        return this;
    }

    public PolicyBuilder WithNotice(Duration value)
    {
        notice = value;
        return this;
    }

    public PolicyBuilder WithMaximumDaysAhead(int days)
    {
        maximumDaysAhead = days;
        return this;
    }

    public PolicyBuilder WithInterval(Duration value)
    {
        interval = value;
        return this;
    }

    public BookingPolicy Build() =>
        new BookingPolicy(
            TenantTimeZone.FromId(zone), "ZAR", notice, maximumDaysAhead, interval, Duration.FromMinutes(15), Duration.FromHours(24), DepositRule.None);
}
