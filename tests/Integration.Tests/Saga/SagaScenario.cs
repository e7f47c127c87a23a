using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Saga;

/// <summary>A salon with a deposit service, and the steps of taking a booking through its saga.</summary>
internal sealed class SagaScenario(AppFixture fixture, BookingClient client, TestTenant tenant)
{
    public BookingClient Client => client;

    public TestTenant Tenant => tenant;

    public static Task<SagaScenario> StartAsync(AppFixture fixture, int holdMinutes = 15) =>
        StartAsync(fixture, new TestTenant { HoldMinutes = holdMinutes });

    /// <summary>The scenario for a tenant set up beforehand (its gateway and credentials), given its staff and services here.</summary>
    public static async Task<SagaScenario> StartAsync(AppFixture fixture, TestTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await fixture.SeedAsync(tenant
            .WithStaff("stf-a")
            .WithService("Cut", 60, 40_000)
            .WithService("Colour", 90, 60_000, depositPercent: 20));
        return new SagaScenario(fixture, new BookingClient(fixture, tenant), tenant);
    }

    public Task<JsonElement> BookWithDepositAsync(int hour = 9, string email = "ann@example.com") =>
        client.BookOkAsync(Body(tenant.Services[1].Id, At(hour), email: email));

    public Task<JsonElement> BookWithoutDepositAsync(int hour = 9, string email = "ann@example.com") =>
        client.BookOkAsync(Body(tenant.Services[0].Id, At(hour), email: email));

    /// <summary>
    /// A deposit booking whose hold runs out <paramref name="within"/> from now in real time: made
    /// with the app's clock turned back, because the saga's timer runs on real time.
    /// </summary>
    public async Task<JsonElement> BookWithHoldEndingAsync(TimeSpan within)
    {
        fixture.Clock.Advance(Duration.FromTimeSpan(within) - Duration.FromMinutes(tenant.HoldMinutes));
        try
        {
            return await BookWithDepositAsync();
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    public async Task<JsonElement> CheckoutAsync(JsonElement booking)
    {
        var response = await client.PostAsync($"/api/tenants/{tenant.Slug}/bookings/{Id(booking)}/checkout", "{}", accessToken: Token(booking));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Opens the checkout and pays it at the fake gateway, as the customer would.</summary>
    public async Task PayAsync(JsonElement booking, bool deliverWebhook = true)
    {
        await CheckoutAsync(booking);
        var response = await fixture.Stripe.PayAsync(fixture.Stripe.SessionOf(Id(booking)).Id, deliverWebhook);
        Assert.True(response is null || response.StatusCode == HttpStatusCode.OK, $"The webhook was answered {response?.StatusCode}.");
    }

    public async Task<PaymentDocument?> PaymentAsync(JsonElement booking) =>
        await fixture.Store.ReadAsync<PaymentDocument>(tenant.TenantId, "pay-" + Id(booking), CancellationToken.None);

    public async Task<LedgerEntryDocument> ClaimAsync(JsonElement booking) =>
        (await client.LedgersAsync()).SelectMany(l => l.Entries).Single(e => e.BookingId == Id(booking));

    public Task<IReadOnlyList<WebhookEventDocument>> HandledWebhooksAsync() =>
        fixture.Store.QueryAsync<WebhookEventDocument>(tenant.TenantId, DocumentTypes.WebhookEvent, PartitionQuery.All, CancellationToken.None);
}
