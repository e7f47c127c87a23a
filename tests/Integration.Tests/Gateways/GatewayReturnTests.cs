using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Netcash;

namespace AppointmentBooking.Integration.Tests.Gateways;

/// <summary>
/// Gateways that report by sending the customer back (Payflex; Netcash's Accept page), tenants whose gateway is
/// not set up, and what a pay-later deposit shows.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class GatewayReturnTests(AppFixture fixture)
{
    [Fact]
    public async Task A_customer_back_from_payflex_is_sent_to_their_booking_page_and_the_approved_order_confirms_the_booking()
    {
        var scenario = await GatewayScenario.StartAsync(fixture, "payflex");
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);

        var back = await ((PayflexDriver)scenario.Gateway).ReturnAsync(scenario.Booking);

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal(new Uri(fixture.AppAddress, $"{scenario.Saga.Tenant.Slug}/bookings/{scenario.BookingId}?payment=done"), back.Headers.Location);
        var done = await scenario.Saga.Client.WaitForProgressAsync(scenario.Booking, "completed");
        Assert.Equal("confirmed", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_customer_back_from_payflex_before_approval_sees_their_booking_still_held()
    {
        var scenario = await GatewayScenario.StartAsync(fixture, "payflex");

        var back = await ((PayflexDriver)scenario.Gateway).ReturnAsync(scenario.Booking);

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        await scenario.AssertUntouchedAsync();
    }

    [Fact]
    public async Task A_payflex_deposit_shows_its_four_instalments()
    {
        var scenario = await GatewayScenario.StartAsync(fixture, "payflex");

        var instalments = scenario.Checkout.GetProperty("instalments").EnumerateArray().ToList();
        var read = await scenario.Saga.Client.ReadNowAsync(scenario.Booking);

        Assert.Equal([3_000L, 3_000L, 3_000L, 3_000L], instalments.Select(i => i.GetProperty("amount").GetProperty("amountMinor").GetInt64()));
        Assert.Equal(4, read.GetProperty("payment").GetProperty("instalments").GetArrayLength());
        Assert.Equal(4, (await scenario.PaymentAsync()).Instalments!.Count);
    }

    [Fact]
    public async Task A_customer_posted_back_by_netcash_lands_on_their_booking_page()
    {
        var scenario = await GatewayScenario.StartAsync(fixture, "netcash");
        await scenario.Gateway.PayAsync(scenario.Booking, scenario.Checkout);
        var transaction = fixture.Netcash.TransactionOf(scenario.BookingId);

        var back = await GatewayPosts.ReturnAsync(new Uri(fixture.AppAddress, $"api/payments/netcash/return?{transaction.Field("m10")}"),
            FakeNetcash.NotifyFields(transaction));

        Assert.Equal(HttpStatusCode.Found, back.StatusCode);
        Assert.Equal($"/{scenario.Saga.Tenant.Slug}/bookings/{scenario.BookingId}", back.Headers.Location!.AbsolutePath);
        Assert.Equal("paid", (await Eventually.ExpectAsync(() => scenario.Saga.Client.ReadNowAsync(scenario.Booking),
            b => b.GetProperty("payment").GetProperty("state").GetString() == "paid")).GetProperty("payment").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_return_for_a_gateway_the_app_does_not_have_is_404()
    {
        var response = await fixture.Client.GetAsync("/api/payments/bitcoin/return?tenant=tnt-1&booking=bkg-1");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("payfast")]
    [InlineData("yoco")]
    public async Task A_tenant_whose_gateway_lacks_credentials_cannot_take_deposit_bookings_and_is_told_why(string gateway)
    {
        var driver = GatewayDrivers.For(gateway, fixture);
        var configured = driver.Tenant();
        var partial = new TestTenant { Gateway = gateway, Credentials = configured.Credentials.Take(1).ToDictionary() };
        var scenario = await Saga.SagaScenario.StartAsync(fixture, partial);

        var response = await scenario.Client.BookAsync(BookingClient.Body(scenario.Tenant.Services[1].Id, BookingClient.At(9)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "payments-unavailable");
        Assert.Contains("not set up", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(configured.Credentials.Values.First(), problem.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(await scenario.Client.AppointmentsAsync());
    }
}
