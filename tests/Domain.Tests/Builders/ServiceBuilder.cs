using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Builders;

internal sealed class ServiceBuilder
{
    private Duration duration = Duration.FromMinutes(60);
    private Duration before = Duration.Zero;
    private Duration after = Duration.Zero;
    private string[] staff = [];
    private bool active = true;

    public ServiceBuilder Lasting(Duration value)
    {
        duration = value;
        return this;
    }

    public ServiceBuilder WithBuffers(Duration bufferBefore, Duration bufferAfter)
    {
        before = bufferBefore;
        after = bufferAfter;
        return this;
    }

    public ServiceBuilder OnlyBy(params string[] staffIds)
    {
        staff = staffIds;
        return this;
    }

    public ServiceBuilder Inactive()
    {
        active = false;
        return this;
    }

    public Service Build() =>
        new("cut", "Haircut", duration, new Money(25000, "ZAR"), before, after, null, staff, active);
}
