using NodaTime;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>The system clock, moved forward on demand so tests can let holds expire without waiting.</summary>
public sealed class ShiftableClock : IClock
{
    private Duration shift;

    public Instant GetCurrentInstant() => SystemClock.Instance.GetCurrentInstant() + shift;

    public void Advance(Duration by) => shift += by;

    public void Reset() => shift = Duration.Zero;
}
