using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Sms;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Twilio.Exceptions;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Sms;

/// <summary>The Twilio adapter on the Twilio library, registered as the app registers it, against the local fake Twilio.</summary>
public sealed class TwilioSmsProviderTests : IAsyncLifetime
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";
    private const string Token = "token-adapter";
    private FakeTwilio twilio = null!;

    public async Task InitializeAsync() => twilio = await FakeServer.StartAsync(new FakeTwilio(Sid, Token));

    public async Task DisposeAsync() => await twilio.DisposeAsync();

    private ServiceProvider App(string from = "+27870000001", string token = Token) =>
        new ServiceCollection().AddSms(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sms:Twilio:AccountSid"] = Sid,
            ["Sms:Twilio:AuthToken"] = token,
            ["Sms:Twilio:From"] = from,
            ["Sms:Twilio:ApiBase"] = twilio.BaseAddress.ToString(),
        }).Build()).BuildServiceProvider();

    [Fact]
    public async Task A_text_goes_to_the_messages_resource_with_basic_auth_and_answers_its_sid()
    {
        using var app = App();

        var sid = await app.GetRequiredService<ISmsProvider>().SendAsync("+27821234567", "See you at 10:00", CancellationToken.None);

        var message = Assert.Single(twilio.Messages);
        Assert.Equal(message.Sid, sid);
        Assert.Equal(("+27821234567", "+27870000001", "See you at 10:00"), (message.To, message.From, message.Body));
        Assert.Equal($"/2010-04-01/Accounts/{Sid}/Messages.json", Assert.Single(twilio.Requests).Path);
    }

    [Fact]
    public async Task A_messaging_service_sends_in_place_of_a_number()
    {
        using var app = App(from: "MG0123456789abcdef0123456789abcdef");

        await app.GetRequiredService<ISmsProvider>().SendAsync("+27821234567", "Hi", CancellationToken.None);

        Assert.Contains("MessagingServiceSid=MG0123456789abcdef0123456789abcdef", Assert.Single(twilio.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_number_is_a_permanent_refusal_and_an_outage_is_worth_retrying()
    {
        using var app = App();
        var provider = app.GetRequiredService<ISmsProvider>();
        twilio.Refuse("+27820000000");

        var refused = await Assert.ThrowsAsync<NotificationDeliveryException>(() => provider.SendAsync("+27820000000", "Hi", CancellationToken.None));
        twilio.Down = true;
        var outage = await Assert.ThrowsAsync<ApiException>(() => provider.SendAsync("+27821234567", "Hi", CancellationToken.None));

        Assert.Contains("21211", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("+2782", refused.Message, StringComparison.Ordinal);
        Assert.Equal(500, outage.Status);
    }

    [Fact]
    public async Task Wrong_credentials_are_retried_not_recorded_as_a_refused_message()
    {
        using var app = App(token: "wrong");

        await Assert.ThrowsAsync<ApiException>(() => app.GetRequiredService<ISmsProvider>().SendAsync("+27821234567", "Hi", CancellationToken.None));

        Assert.Empty(twilio.Messages);
    }

    [Fact]
    public void Without_an_auth_token_text_messages_are_not_set_up()
    {
        using var app = App(token: "not-configured");

        Assert.False(app.GetRequiredService<ISmsProvider>().IsConfigured);
    }
}
