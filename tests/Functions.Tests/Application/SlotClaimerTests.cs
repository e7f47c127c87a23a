using AppointmentBooking.Domain.Bookings;
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

    [Fact]
    public async Task A_claim_on_a_day_this_instance_just_wrote_writes_against_that_write_without_reading_it()
    {
        await ClaimAsync("bkg-1", Monday(9));
        var reads = harness.Ledgers.PointReads;

        var result = await ClaimAsync("bkg-2", Monday(11));

        Assert.IsType<ClaimResult.Claimed>(result);
        Assert.Equal(reads, harness.Ledgers.PointReads);
        Assert.Equal(2, harness.Ledgers.Writes);
    }

    [Fact]
    public async Task A_taken_slot_is_refused_only_after_a_fresh_read_and_nothing_is_written()
    {
        await ClaimAsync("bkg-1", Monday(9));
        var reads = harness.Ledgers.PointReads;

        var result = await ClaimAsync("bkg-2", Monday(9));

        var refused = Assert.IsType<ClaimResult.Refused>(result);
        Assert.Equal(Domain.Scheduling.BookingRejection.Occupied, refused.Reason);
        Assert.Equal(reads + 1, harness.Ledgers.PointReads);
        Assert.Equal(1, harness.Ledgers.Writes);
        Assert.Single(refused.DayRead);
    }

    [Fact]
    public async Task A_day_another_instance_changed_is_caught_by_its_version_and_decided_again_on_a_fresh_read()
    {
        await ClaimAsync("bkg-1", Monday(9));
        var day = harness.Ledgers.Day(Tenant.TenantId, "stf-a", MondayDate);
        var theirs = new LedgerEntry("bkg-elsewhere", Monday(11), Monday(12), null, "fp-elsewhere");
        harness.Ledgers.WriteElsewhere(Tenant.TenantId, "stf-a", MondayDate, new DayLedger([.. day.Entries, theirs]));

        var result = await ClaimAsync("bkg-2", Monday(11));

        Assert.Equal(Domain.Scheduling.BookingRejection.Occupied, Assert.IsType<ClaimResult.Refused>(result).Reason);
        Assert.Equal(["bkg-1", "bkg-elsewhere"], harness.Ledgers.Claims(Tenant.TenantId).Select(c => c.BookingId).Order(StringComparer.Ordinal));
        Assert.Equal(2, harness.Ledgers.Writes);
    }

    [Fact]
    public async Task Concurrent_claims_of_one_instance_on_one_day_take_turns_and_never_lose_a_race_to_each_other()
    {
        harness.Ledgers.WriteDelay = TimeSpan.FromMilliseconds(20);

        // 60 minutes plus a 15-minute buffer: starts 75 minutes apart never overlap.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ClaimAsync($"bkg-{i}", Monday(8).Plus(NodaTime.Duration.FromMinutes(75 * i)))));

        Assert.All(results, r => Assert.IsType<ClaimResult.Claimed>(r));
        Assert.Equal(8, harness.Ledgers.Writes);
        Assert.Equal(8, harness.Ledgers.Claims(Tenant.TenantId).Count());
    }

    [Fact]
    public async Task A_crowd_at_one_start_in_one_instance_gets_one_claim_without_a_lost_write()
    {
        harness.Ledgers.WriteDelay = TimeSpan.FromMilliseconds(20);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ClaimAsync($"bkg-{i}", Monday(9))));

        Assert.Single(results, r => r is ClaimResult.Claimed);
        Assert.Equal(19, results.Count(r => r is ClaimResult.Refused { Reason: Domain.Scheduling.BookingRejection.Occupied }));
        Assert.Equal(1, harness.Ledgers.Writes);
    }

    private Task<ClaimResult> ClaimAsync(string bookingId) => ClaimAsync(bookingId, Monday(9));

    private Task<ClaimResult> ClaimAsync(string bookingId, NodaTime.Instant start)
    {
        var now = harness.Clock.GetCurrentInstant();
        var service = Tenant.Services[NoDepositService];
        var request = new ClaimRequest(bookingId, "fp-" + bookingId, service, Tenant.StaffFor(service), start, now + Tenant.Policy.HoldDuration,
            MayMoveExistingClaim: false);
        return harness.Get<SlotClaimer>().ClaimAsync(Tenant, request, now, CancellationToken.None);
    }

    public void Dispose() => harness.Dispose();
}
