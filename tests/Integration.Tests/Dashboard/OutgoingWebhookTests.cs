using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Dashboard;

/// <summary>Outgoing webhooks as a tenant's system receives them: signed as the README documents, retried until answered, never to private addresses.</summary>
[Collection(SharedApp.Name)]
public sealed class OutgoingWebhookTests(AppFixture fixture) : IDisposable
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(9);

    public void Dispose() => fixture.Clock.Reset();

    [Fact]
    public async Task A_receiver_failing_twice_then_answering_gets_the_signed_event_three_times_and_the_delivery_is_recorded()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var hook = fixture.Webhooks.Hook(500, 503);
        var endpoint = await ManageClient.OkAsync(
            await salon.Owner.PostAsync(salon.Path("/webhooks"), new { url = hook, events = new[] { "booking.created" } }), HttpStatusCode.Created);
        var secret = endpoint.GetProperty("secret").GetString()!;

        var booking = await salon.BookAsync(new LocalStart(Day, 10));
        var posts = await Eventually.ExpectAsync(() => Task.FromResult(fixture.Webhooks.PostsTo(hook)), p => p.Count >= 3, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(3, fixture.Webhooks.PostsTo(hook).Count);
        Assert.Single(posts.Select(p => p.Header("Webhook-Id")).Distinct());
        Assert.All(posts, p => Assert.True(SignatureHolds(p.Header("Webhook-Signature")!, p.Body, secret), $"Bad signature {p.Header("Webhook-Signature")}."));
        var body = JsonDocument.Parse(posts[^1].Body).RootElement;
        Assert.Equal(("booking.created", booking.GetProperty("id").GetString(), salon.TenantId),
            (body.GetProperty("type").GetString(), body.GetProperty("data").GetProperty("booking").GetProperty("id").GetString(), body.GetProperty("tenantId").GetString()));
        var deliveries = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path($"/webhooks/{endpoint.GetProperty("id").GetString()}/deliveries")));
        var delivery = Assert.Single(deliveries.GetProperty("items").EnumerateArray());
        Assert.Equal("delivered", delivery.GetProperty("state").GetString());
        Assert.Equal([500, 503, 200], delivery.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_a_forged_or_replayed_signature_does_not_verify()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var created = await ManageClient.OkAsync(
            await salon.Owner.PostAsync(salon.Path("/webhooks"), new { url = fixture.Webhooks.Hook() }), HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        var read = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path($"/webhooks/{created.GetProperty("id").GetString()}")));
        var listed = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/webhooks")));

        await salon.BookAsync(new LocalStart(Day, 12));
        var post = (await Eventually.ExpectAsync(() => Task.FromResult(fixture.Webhooks.PostsTo(new Uri(created.GetProperty("url").GetString()!))),
            p => p.Count >= 1))[0];

        Assert.DoesNotContain(secret, read.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.GetRawText(), StringComparison.Ordinal);
        Assert.True(SignatureHolds(post.Header("Webhook-Signature")!, post.Body, secret));
        Assert.False(SignatureHolds(post.Header("Webhook-Signature")!, post.Body.Replace("booking", "bookinG", StringComparison.Ordinal), secret));
        Assert.False(SignatureHolds(post.Header("Webhook-Signature")!, post.Body, "whsec_wrong"));
    }

    [Fact]
    public async Task A_receiver_failing_for_a_day_gets_its_endpoint_disabled_and_the_owner_an_email()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var hook = fixture.Webhooks.Hook([.. Enumerable.Repeat(500, 100)]);
        var endpoint = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/webhooks"), new { url = hook }), HttpStatusCode.Created);
        var path = salon.Path($"/webhooks/{endpoint.GetProperty("id").GetString()}");

        await salon.BookAsync(new LocalStart(Day, 15));
        await Eventually.ExpectAsync(() => Task.FromResult(fixture.Webhooks.PostsTo(hook)), p => p.Count >= 2);
        fixture.Clock.Advance(Duration.FromHours(25));
        var owner = salon.Owner.As(fixture.Token(salon.OwnerEmail));
        var disabled = await Eventually.ExpectAsync(async () => await ManageClient.OkAsync(await owner.GetAsync(path)),
            e => !e.GetProperty("enabled").GetBoolean(), TimeSpan.FromSeconds(30));
        var tries = fixture.Webhooks.PostsTo(hook).Count;
        var mail = Assert.Single(await fixture.Mail.WaitForAsync(salon.OwnerEmail));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        Assert.Contains("HTTP 500", disabled.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Webhook disabled", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(tries, fixture.Webhooks.PostsTo(hook).Count);
        var deliveries = await ManageClient.OkAsync(await owner.GetAsync($"{path}/deliveries"));
        // The event whose retries ran out the day is marked failed (the booking's events are queued together, so
        // which one that is depends on the queue); the others of the booking are abandoned with the endpoint.
        var states = deliveries.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("state").GetString()).ToList();
        Assert.Single(states, state => state == "failed");
        Assert.All(states.Where(state => state != "failed"), state => Assert.Equal("abandoned", state));
    }

    [Fact]
    public async Task Loopback_and_private_urls_are_refused_by_default_and_nothing_is_stored()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?> { ["Webhooks:AllowPrivateTargets"] = "false" });
        var owner = new HttpClient { BaseAddress = app.BaseAddress() };
        owner.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Token(salon.OwnerEmail));

        var refused = new List<HttpResponseMessage>();
        foreach (var url in new[] { "https://127.0.0.1/hook", "https://localhost/hook", "https://10.0.0.7/hook", "https://[::1]/hook", fixture.Webhooks.Hook().ToString() })
        {
            refused.Add(await owner.PostAsJsonAsync(salon.Path("/webhooks"), new { url }));
        }

        await app.StopAsync();
        foreach (var response in refused)
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "url");
        }

        var stored = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/webhooks")));
        Assert.Empty(stored.EnumerateArray());
    }

    /// <summary>The README's scheme, implemented from its text: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>, and t recent.</summary>
    private bool SignatureHolds(string header, string body, string secret)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var t = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}")));
        var age = Math.Abs(fixture.Clock.GetCurrentInstant().ToUnixTimeSeconds() - t);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts["v1"])) && age <= 300;
    }
}
