using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Integration.Tests.Dashboard;

/// <summary>The dashboard's figures over bookings made and handled through the API, against the same figures worked out here from the plan.</summary>
[Collection(SharedApp.Name)]
public sealed class DashboardStatsTests(AppFixture fixture) : IDisposable
{
    private static readonly LocalDate Today = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Africa/Johannesburg"]).Date;
    private static readonly LocalDate Before = Today.PlusDays(3);
    private static readonly LocalDate First = Today.PlusDays(4);
    private static readonly LocalDate Last = Today.PlusDays(5);

    public void Dispose() => fixture.Clock.Reset();

    [Fact]
    public async Task The_figures_of_a_period_match_a_recomputation_from_what_was_booked_and_done()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var colour = (await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/services"), ManagedSalon.ServiceBody("Colour", 90, 65_000)),
            HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var ben = (await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/staff"), ManagedSalon.StaffBody("Ben")), HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
        var cut = new Service(salon.ServiceId, 60, 40_000);
        var long90 = new Service(colour, 90, 65_000);
        Planned[] plan =
        [
            new(Before, 10, cut, "dan", "confirmed"),
            new(First, 9, cut, "ann", "completed"),
            new(First, 11, long90, "bob", "confirmed"),
            new(First, 14, cut, "cat", "noShow"),
            new(First, 16, cut, "dan", "confirmed"),
            new(Last, 9, long90, "ann", "confirmed"),
            new(Last, 13, cut, "eve", "cancelled"),
        ];
        var ids = new List<string>();
        foreach (var booking in plan)
        {
            ids.Add((await salon.BookAsync(new LocalStart(booking.Date, booking.Hour), $"{booking.Customer}@example.com", booking.Service.Id))
                .GetProperty("id").GetString()!);
        }

        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/bookings/{ids[6]}/cancel"), new { refund = false }));
        fixture.Clock.Advance(Duration.FromDays(7));
        var owner = salon.Owner.As(fixture.Token(salon.OwnerEmail));
        await ManageClient.OkAsync(await owner.PostAsync(salon.Path($"/bookings/{ids[1]}/complete")));
        await ManageClient.OkAsync(await owner.PostAsync(salon.Path($"/bookings/{ids[3]}/no-show")));

        var figures = await ManageClient.OkAsync(await owner.GetAsync(
            salon.Path($"/dashboard?from={LocalDatePattern.Iso.Format(First)}&to={LocalDatePattern.Iso.Format(Last)}")));

        var period = plan.Where(p => p.Date >= First && p.Date <= Last).ToList();
        var kept = period.Where(p => p.Status is not "cancelled").ToList();
        var paid = period.Where(p => p.Status is "confirmed" or "completed").ToList();
        var bookings = figures.GetProperty("bookings");
        Assert.Equal(period.Count, bookings.GetProperty("total").GetInt32());
        foreach (var status in period.Select(p => p.Status).Distinct())
        {
            Assert.Equal(period.Count(p => p.Status == status), bookings.GetProperty("byStatus").GetProperty(status).GetInt32());
        }

        Assert.Equal(Rate(period.Count(p => p.Status == "noShow"), period.Count(p => p.Status is "noShow" or "completed")), bookings.GetProperty("noShowRate").GetDouble(), 6);
        Assert.Equal(Rate(period.Count(p => p.Status == "cancelled"), period.Count), bookings.GetProperty("cancellationRate").GetDouble(), 6);
        var revenue = Assert.Single(figures.GetProperty("revenue").EnumerateArray());
        Assert.Equal(("ZAR", paid.Sum(p => p.Service.PriceMinor), paid.Where(p => p.Status == "completed").Sum(p => p.Service.PriceMinor)),
            (revenue.GetProperty("currency").GetString(), revenue.GetProperty("bookedMinor").GetInt64(), revenue.GetProperty("completedMinor").GetInt64()));
        var workingMinutes = 2 * 10 * 60;
        var utilisation = figures.GetProperty("utilisation").EnumerateArray().ToDictionary(u => u.GetProperty("staffId").GetString()!);
        Assert.Equal((kept.Sum(p => (long)p.Service.Minutes), (long)workingMinutes),
            (utilisation[salon.StaffId].GetProperty("bookedMinutes").GetInt64(), utilisation[salon.StaffId].GetProperty("workingMinutes").GetInt64()));
        Assert.Equal(kept.Sum(p => p.Service.Minutes) / (double)workingMinutes, utilisation[salon.StaffId].GetProperty("ratio").GetDouble(), 6);
        Assert.Equal(0, utilisation[ben].GetProperty("bookedMinutes").GetInt64());
        var expectedTop = kept.GroupBy(p => p.Service.Id).OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Count(), g.Sum(p => p.Service.PriceMinor)));
        Assert.Equal(expectedTop, figures.GetProperty("topServices").EnumerateArray()
            .Select(s => (s.GetProperty("serviceId").GetString()!, s.GetProperty("bookings").GetInt32(), s.GetProperty("revenue").GetProperty("amountMinor").GetInt64())));
        var customers = kept.Select(p => p.Customer).Distinct().ToList();
        var returning = customers.Count(c => plan.Any(p => p.Date < First && p.Customer == c && p.Status != "cancelled"));
        var counted = figures.GetProperty("customers");
        Assert.Equal((customers.Count, customers.Count - returning, returning),
            (counted.GetProperty("total").GetInt32(), counted.GetProperty("new").GetInt32(), counted.GetProperty("returning").GetInt32()));
    }

    [Fact]
    public async Task A_period_that_is_backwards_or_too_long_is_refused_naming_the_field()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var backwards = await salon.Owner.GetAsync(salon.Path($"/dashboard?from={LocalDatePattern.Iso.Format(Last)}&to={LocalDatePattern.Iso.Format(First)}"));
        var tooLong = await salon.Owner.GetAsync(salon.Path($"/dashboard?from=2020-01-01&to=2026-01-01"));
        var garbled = await salon.Owner.GetAsync(salon.Path("/dashboard?from=yesterday"));

        foreach (var response in new[] { backwards, tooLong, garbled })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() is "from" or "to");
        }
    }

    private static double Rate(int part, int whole) => (double)part / whole;

    private sealed record Service(string Id, int Minutes, long PriceMinor);

    private sealed record Planned(LocalDate Date, int Hour, Service Service, string Customer, string Status);
}
