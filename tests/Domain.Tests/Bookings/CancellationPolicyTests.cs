using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Bookings;

public class CancellationPolicyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 2, 9, 0);
    private static readonly Duration Window = Duration.FromHours(24);

    [Theory]
    [InlineData(48, true)]
    [InlineData(24, true)]
    [InlineData(23, false)]
    [InlineData(0, false)]
    public void Refund_is_due_only_when_cancelled_at_least_the_window_before_the_start(int hoursBefore, bool eligible) =>
        Assert.Equal(eligible, CancellationPolicy.IsRefundEligible(Start, Start - Duration.FromHours(hoursBefore), Window));
}
