using NodaTime;

namespace AppointmentBooking.Web.Tests.Fixtures;

/// <summary>The app's clock, moved forward by a test so a booking can have started (a no-show needs that) without waiting.</summary>
public sealed class ShiftableClock : IClock
{
    private long shiftTicks;

    public Instant GetCurrentInstant() => SystemClock.Instance.GetCurrentInstant() + Duration.FromTicks(Interlocked.Read(ref shiftTicks));

    public void Advance(Duration by) => Interlocked.Add(ref shiftTicks, by.BclCompatibleTicks);

    public void Reset() => Interlocked.Exchange(ref shiftTicks, 0);
}
