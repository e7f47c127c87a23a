using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>The path of a new business: sign up, add a service and a stylist with hours, be bookable, take a day off, see the bookings.</summary>
[Collection(SharedApp.Name)]
public sealed class EndToEndTests(AppFixture fixture)
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(10);

    [Fact]
    public async Task Sign_up_add_hours_see_slots_take_time_off_see_them_go_book_and_find_the_booking()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var slotsPath = $"/api/tenants/{salon.Slug}/slots?serviceId={salon.ServiceId}&staffId={salon.StaffId}&from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}";

        var slots = await ManageClient.OkAsync(await fixture.Client.GetAsync(slotsPath));
        Assert.Contains(slots.GetProperty("slots").EnumerateArray(), s => s.GetProperty("localStart").GetString() == $"{Day:yyyy-MM-dd}T09:00:00");

        var timeOff = new { start = $"{Day:yyyy-MM-dd}T08:00", end = $"{Day:yyyy-MM-dd}T12:00", reason = "dentist" };
        await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/staff/{salon.StaffId}/time-off"), timeOff), HttpStatusCode.Created);

        var after = await ManageClient.OkAsync(await fixture.Client.GetAsync(slotsPath));
        var starts = after.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("localStart").GetString()!).ToList();
        Assert.DoesNotContain($"{Day:yyyy-MM-dd}T09:00:00", starts);
        Assert.Contains($"{Day:yyyy-MM-dd}T12:00:00", starts);

        var booking = await salon.BookAsync(new LocalStart(Day, 13));
        var list = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path($"/bookings?from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}")));
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(booking.GetProperty("id").GetString(), listed.GetProperty("id").GetString());
        Assert.Equal("ann@example.com", listed.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("confirmed", listed.GetProperty("status").GetString());
    }
}
