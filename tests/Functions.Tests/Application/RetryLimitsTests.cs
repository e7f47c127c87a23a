using AppointmentBooking.Functions.Application.Common;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class RetryLimitsTests
{
    [Fact]
    public void A_day_ledger_race_lost_once_is_retried_at_once_and_later_losses_back_off_within_their_ceiling()
    {
        var limits = RetryLimits.DayLedger;

        Assert.Equal(TimeSpan.Zero, limits.BackoffAfter(0));
        Assert.All(Enumerable.Range(0, 200), _ => Assert.InRange(limits.BackoffAfter(1), TimeSpan.Zero, limits.FirstBackoff));
        Assert.All(Enumerable.Range(0, 200), _ => Assert.InRange(limits.BackoffAfter(40), TimeSpan.Zero, limits.MaxBackoff));
    }

    [Fact]
    public void Other_documents_back_off_from_the_first_loss()
    {
        var waits = Enumerable.Range(0, 200).Select(_ => RetryLimits.Document.BackoffAfter(0)).ToList();

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.Zero, RetryLimits.Document.FirstBackoff));
        Assert.Contains(waits, w => w > TimeSpan.Zero);
    }
}
