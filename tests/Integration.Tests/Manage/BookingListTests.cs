using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>The dashboard's booking list: by start then id, keyset pages with an opaque token, filters by staff and status.</summary>
[Collection(SharedApp.Name)]
public sealed class BookingListTests(AppFixture fixture)
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(11);

    [Fact]
    public async Task Pages_of_two_walk_every_booking_once_in_order_even_when_starts_tie()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var bo = (await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/staff"), ManagedSalon.StaffBody("Bo")), HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
        var booked = new List<string>();
        foreach (var (hour, staffId) in new[] { (9, salon.StaffId), (9, bo), (10, salon.StaffId), (10, bo), (11, bo) })
        {
            booked.Add((await BookAsync(salon, staffId, hour)).GetProperty("id").GetString()!);
        }

        var seen = new List<(string Id, string Start)>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await ManageClient.OkAsync(await salon.Owner.GetAsync(
                salon.Path($"/bookings?from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}&limit=2{(continuation is null ? "" : "&continuation=" + continuation)}")));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(b => (b.GetProperty("id").GetString()!, b.GetProperty("start").GetString()!)));
            continuation = page.TryGetProperty("continuation", out var next) ? next.GetString() : null;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(3, pages);
        Assert.Equal(booked.Order(StringComparer.Ordinal), seen.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(seen.OrderBy(s => s.Start, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Filters_by_staff_and_status_and_reads_a_lapsed_hold_as_expired()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await salon.ChoosePaymentsAsync(new { gateway = "stripe" });
        var path = salon.Path($"/services/{salon.ServiceId}");
        var (_, etag) = await salon.Owner.ReadAsync(path);
        await ManageClient.OkAsync(await salon.Owner.PutAsync(path,
            new { name = "Cut", durationMinutes = 60, priceMinor = 40_000, deposit = new { kind = "fixed", amountMinor = 5_000 } }, etag));
        var held = (await BookAsync(salon, salon.StaffId, 9)).GetProperty("id").GetString()!;
        var cancelled = (await BookAsync(salon, salon.StaffId, 12)).GetProperty("id").GetString()!;
        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/bookings/{cancelled}/cancel"), new { refund = false }));
        var range = $"from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}";

        Assert.Equal([held], await IdsAsync(salon, $"{range}&status=pendingPayment"));
        Assert.Equal([cancelled], await IdsAsync(salon, $"{range}&status=cancelled&staffId={salon.StaffId}"));
        Assert.Empty(await IdsAsync(salon, $"{range}&staffId=stf-nobody"));
        fixture.Clock.Advance(Duration.FromMinutes(16));
        try
        {
            salon = salon with { Owner = salon.Owner.As(fixture.Token(salon.OwnerEmail)) };
            Assert.Equal([held], await IdsAsync(salon, $"{range}&status=expired"));
            Assert.Empty(await IdsAsync(salon, $"{range}&status=pendingPayment"));
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Theory]
    [InlineData("from=2026-01-01", "to")]
    [InlineData("from=2026-01-01&to=2026-12-31", "to")]
    [InlineData("from=2026-01-01&to=2026-01-02&status=lost", "status")]
    [InlineData("from=2026-01-01&to=2026-01-02&limit=500", "limit")]
    [InlineData("from=2026-01-01&to=2026-01-02&continuation=not-a-token", "continuation")]
    public async Task A_bad_query_is_400_naming_the_parameter(string query, string field)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var problem = await (await salon.Owner.GetAsync(salon.Path($"/bookings?{query}"))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");

        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
    }

    private static async Task<List<string>> IdsAsync(ManagedSalon salon, string query) =>
        [.. (await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path($"/bookings?{query}")))).GetProperty("items").EnumerateArray()
            .Select(b => b.GetProperty("id").GetString()!)];

    private static Task<System.Text.Json.JsonElement> BookAsync(ManagedSalon salon, string staffId, int hour) =>
        (salon with { StaffId = staffId }).BookAsync(new LocalStart(Day, hour), $"c-{Guid.NewGuid():N}@example.com");
}
