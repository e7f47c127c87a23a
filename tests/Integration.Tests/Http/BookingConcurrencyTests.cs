using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class BookingConcurrencyTests(AppFixture fixture)
{
    [Fact]
    public async Task Two_hundred_requests_for_one_slot_give_one_booking_and_199_conflicts()
    {
        var (client, serviceId) = await SeedAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            client.BookAsync(Body(serviceId, At(10), email: $"c{i}@example.com"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(199, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
        Assert.Single(await client.AppointmentsAsync());
    }

    [Fact]
    public async Task Two_hundred_requests_for_overlapping_starts_give_one_booking()
    {
        var (client, serviceId) = await SeedAsync();
        string[] overlapping = [At(10), At(10, 15), At(10, 30), At(10, 45)];

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            client.BookAsync(Body(serviceId, overlapping[i % overlapping.Length], email: $"c{i}@example.com"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(199, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_twenty_times_at_once_makes_one_booking()
    {
        var (client, serviceId) = await SeedAsync();
        var body = Body(serviceId, At(11));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.BookAsync(body, "same-key")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Single(await client.AppointmentsAsync());
        Assert.Single(Assert.Single(await client.LedgersAsync()).Entries);
    }

    private async Task<(BookingClient Client, string ServiceId)> SeedAsync()
    {
        var (client, tenant) = await fixture.SeedSalonAsync();
        return (client, tenant.Services[0].Id);
    }
}
