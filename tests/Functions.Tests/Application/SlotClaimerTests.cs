using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using static AppointmentBooking.Functions.Tests.Application.Fakes.BookingHarness;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class SlotClaimerTests : IDisposable
{
    private readonly BookingHarness harness = new();

    [Fact]
    public async Task A_claim_that_loses_a_few_write_races_reads_again_and_wins()
    {
        harness.Ledgers.LoseNextWrites = 3;

        var result = await ClaimAsync("bkg-1");

        Assert.IsType<ClaimResult.Claimed>(result);
        Assert.Equal(4, harness.Ledgers.Writes);
    }

    [Fact]
    public async Task A_claim_that_loses_every_race_gives_up_within_its_limits_and_claims_nothing()
    {
        harness.Ledgers.LoseNextWrites = int.MaxValue;

        var result = await ClaimAsync("bkg-1");

        Assert.IsType<ClaimResult.Contended>(result);
        Assert.Equal(RetryLimits.DayLedger.MaxAttempts, harness.Ledgers.Writes);
        Assert.Empty(harness.Ledgers.Claims(Tenant.TenantId));
    }

    [Fact]
    public async Task Two_bookings_for_one_start_get_one_claim()
    {
        var first = await ClaimAsync("bkg-1");
        var second = await ClaimAsync("bkg-2");

        Assert.IsType<ClaimResult.Claimed>(first);
        Assert.Equal(Domain.Scheduling.BookingRejection.Occupied, Assert.IsType<ClaimResult.Refused>(second).Reason);
    }

    private Task<ClaimResult> ClaimAsync(string bookingId)
    {
        var now = harness.Clock.GetCurrentInstant();
        var service = Tenant.Services[NoDepositService];
        var request = new ClaimRequest(bookingId, "fp-" + bookingId, service, Tenant.StaffFor(service), Monday(9), now + Tenant.Policy.HoldDuration,
            MayMoveExistingClaim: false);
        return harness.Get<SlotClaimer>().ClaimAsync(Tenant, request, now, CancellationToken.None);
    }

    public void Dispose() => harness.Dispose();
}
