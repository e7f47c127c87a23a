using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Integration.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Infrastructure;

[Collection(SharedApp.Name)]
public sealed class DayLedgerRangeReadTests(AppFixture fixture)
{
    private static readonly LocalDate NewYearsEve = new(2026, 12, 31);

    private IDayLedgerStore Ledgers => fixture.Services.GetRequiredService<IDayLedgerStore>();

    [Fact]
    public async Task A_range_read_is_one_query_returning_exactly_the_asked_staff_and_dates_of_the_tenant()
    {
        var tenant = new TestTenant();
        var other = new TestTenant();
        foreach (var staffId in new[] { "stf-a", "stf-b", "stf-c" })
        {
            for (var day = -1; day <= 2; day++)
            {
                await ClaimAsync(tenant.TenantId, staffId, NewYearsEve.PlusDays(day));
            }
        }

        await ClaimAsync(other.TenantId, "stf-a", NewYearsEve);
        fixture.CosmosRequests.Reset();

        // 31 Dec .. 1 Jan: the ISO dates order as strings across the year's end.
        var read = await Ledgers.ReadRangeAsync(tenant.TenantId, ["stf-a", "stf-b"], new DateInterval(NewYearsEve, NewYearsEve.PlusDays(1)), CancellationToken.None);

        Assert.Equal(
            ["stf-a 2026-12-31", "stf-a 2027-01-01", "stf-b 2026-12-31", "stf-b 2027-01-01"],
            read.Select(s => $"{s.StaffId} {s.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal));
        Assert.All(read, s => Assert.Equal(tenant.TenantId, s.TenantId));
        Assert.All(read, s => Assert.Equal($"bkg-{s.StaffId}-{s.Date:yyyy-MM-dd}", Assert.Single(s.Ledger.Entries).BookingId));
        Assert.Equal(["query"], fixture.CosmosRequests.OperationsOn(tenant.TenantId));
    }

    [Fact]
    public async Task A_range_read_of_days_nobody_claimed_is_empty_and_of_no_staff_asks_nothing()
    {
        var tenant = new TestTenant();
        fixture.CosmosRequests.Reset();

        var unclaimed = await Ledgers.ReadRangeAsync(tenant.TenantId, ["stf-a"], new DateInterval(NewYearsEve, NewYearsEve.PlusDays(30)), CancellationToken.None);
        var nobody = await Ledgers.ReadRangeAsync(tenant.TenantId, [], new DateInterval(NewYearsEve, NewYearsEve.PlusDays(30)), CancellationToken.None);

        Assert.Empty(unclaimed);
        Assert.Empty(nobody);
        Assert.Equal(["query"], fixture.CosmosRequests.OperationsOn(tenant.TenantId));
    }

    [Fact]
    public async Task A_range_read_carries_each_ledgers_version_so_a_write_against_it_holds()
    {
        var tenant = new TestTenant();
        await ClaimAsync(tenant.TenantId, "stf-a", NewYearsEve);

        var read = Assert.Single(await Ledgers.ReadRangeAsync(tenant.TenantId, ["stf-a"], new DateInterval(NewYearsEve, NewYearsEve), CancellationToken.None));
        var written = await Ledgers.TryWriteAsync(read, read.Ledger.Without($"bkg-stf-a-{NewYearsEve:yyyy-MM-dd}"), CancellationToken.None);
        var stale = await Ledgers.TryWriteAsync(read, read.Ledger, CancellationToken.None);

        Assert.NotNull(written);
        Assert.Empty(written.Ledger.Entries);
        Assert.Null(stale);
    }

    private async Task ClaimAsync(string tenantId, string staffId, LocalDate date)
    {
        var start = date.At(new LocalTime(9, 0)).InUtc().ToInstant();
        var empty = await Ledgers.ReadAsync(tenantId, staffId, date, CancellationToken.None);
        var entry = new LedgerEntry($"bkg-{staffId}-{date:yyyy-MM-dd}", start, start + Duration.FromHours(1), null, "fp");
        Assert.NotNull(await Ledgers.TryWriteAsync(empty, new DayLedger([entry]), CancellationToken.None));
    }
}
