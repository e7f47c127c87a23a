using AppointmentBooking.Domain.Bookings;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Bookings;

public class DayLedgerTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 8, 0);
    private static readonly IReadOnlySet<string> NoneConfirmed = new HashSet<string>();

    private static LedgerEntry Entry(string id, int hour, Instant? expiresAt, string fingerprint = "fp") =>
        new(id, Instant.FromUtc(2026, 12, 1, hour, 0), Instant.FromUtc(2026, 12, 1, hour + 1, 0), expiresAt, fingerprint);

    [Fact]
    public void Occupancy_counts_live_and_settled_claims_but_not_expired_unconfirmed_ones()
    {
        var ledger = new DayLedger([
            Entry("live", 9, Now + Duration.FromMinutes(5)),
            Entry("settled", 10, null),
            Entry("expired", 11, Now - Duration.FromMinutes(1))]);

        var busy = ledger.Occupancy(Now, NoneConfirmed).Select(b => b.Start.InUtc().Hour);

        Assert.Equal([9, 10], busy);
    }

    [Fact]
    public void Expired_claim_of_a_confirmed_booking_keeps_blocking_and_is_settled_on_the_next_write()
    {
        var ledger = new DayLedger([Entry("confirmed", 9, Now - Duration.FromMinutes(1))]);
        var confirmed = new HashSet<string> { "confirmed" };

        var next = ledger.With(Entry("new", 11, Now + Duration.FromMinutes(15)), Now, confirmed);

        Assert.Single(ledger.Occupancy(Now, confirmed));
        Assert.Null(next.Find("confirmed")!.ExpiresAt);
    }

    [Fact]
    public void With_drops_expired_unconfirmed_claims_and_replaces_the_bookings_own_entry()
    {
        var ledger = new DayLedger([Entry("gone", 9, Now - Duration.FromMinutes(1)), Entry("mine", 10, Now + Duration.FromMinutes(5))]);

        var next = ledger.With(Entry("mine", 14, Now + Duration.FromMinutes(15)), Now, NoneConfirmed);

        var entry = Assert.Single(next.Entries);
        Assert.Equal(14, entry.Start.InUtc().Hour);
    }

    [Fact]
    public void Occupancy_can_leave_out_the_booking_being_moved()
    {
        var ledger = new DayLedger([Entry("mine", 9, null), Entry("theirs", 10, null)]);

        var busy = ledger.Occupancy(Now, NoneConfirmed, excludingBookingId: "mine");

        Assert.Equal(10, Assert.Single(busy).Start.InUtc().Hour);
    }

    [Fact]
    public void Without_removes_only_that_booking()
    {
        var ledger = new DayLedger([Entry("a", 9, null), Entry("b", 10, null)]);

        Assert.Equal(["b"], ledger.Without("a").Entries.Select(e => e.BookingId));
    }

    [Fact]
    public void Entry_must_end_after_it_starts() =>
        Assert.Equal("end", Assert.Throws<AppointmentBooking.Domain.Common.DomainValidationException>(() =>
            new LedgerEntry("a", Now, Now, null, "fp")).Field);
}
