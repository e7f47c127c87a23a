using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.Twilio;

/// <summary>
/// Twilio's Messages resource as far as the app uses it (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource):
/// a form-encoded POST to <c>/2010-04-01/Accounts/{AccountSid}/Messages.json</c> with HTTP basic auth
/// (account SID and auth token), answered 201 with the message's JSON, or with Twilio's error JSON
/// (https://www.twilio.com/docs/usage/twilios-response#response-formats-exceptions). Tests can make it
/// refuse a number (error 21211) or fail every message (500) to see what the app does.
/// </summary>
public sealed class FakeTwilio(string accountSid, string authToken) : FakeServer
{
    private readonly ConcurrentQueue<FakeTextMessage> messages = new();
    private readonly ConcurrentDictionary<string, bool> refused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> failing = new(StringComparer.Ordinal);

    /// <summary>Every text message accepted so far.</summary>
    public IReadOnlyList<FakeTextMessage> Messages => [.. messages];

    /// <summary>While true, every message is answered 500, as by an outage.</summary>
    public bool Down { get; set; }

    /// <summary>Messages to <paramref name="phoneNumber"/> are answered 500 from now on, as if Twilio failed on each.</summary>
    public void FailFor(string phoneNumber) => failing[phoneNumber] = true;

    /// <summary>Messages to <paramref name="phoneNumber"/> are refused as an invalid number from now on.</summary>
    public void Refuse(string phoneNumber) => refused[phoneNumber] = true;

    protected override void MapRoutes(WebApplication application) =>
        application.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", CreateMessageAsync);

    private async Task<IResult> CreateMessageAsync(string sid, HttpRequest request)
    {
        if (sid != accountSid || !HasCredentials(request))
        {
            return Error(401, 20003, "Authenticate");
        }

        var form = await request.ReadFormAsync();
        var (to, from, body) = (form["To"].ToString(), form["From"].ToString(), form["Body"].ToString());
        if (Down || failing.ContainsKey(to))
        {
            return Error(500, 20500, "Internal Server Error");
        }

        if (string.IsNullOrEmpty(to) || refused.ContainsKey(to))
        {
            return Error(400, 21211, $"The 'To' number {to} is not a valid phone number.");
        }

        var message = new FakeTextMessage("SM" + Guid.NewGuid().ToString("N"), to, from, body);
        messages.Enqueue(message);
        var json = new JsonObject
        {
            ["sid"] = message.Sid,
            ["account_sid"] = accountSid,
            ["to"] = to,
            ["from"] = from,
            ["body"] = body,
            ["status"] = "queued",
            ["num_segments"] = "1",
            ["direction"] = "outbound-api",
            ["api_version"] = "2010-04-01",
            ["uri"] = $"/2010-04-01/Accounts/{accountSid}/Messages/{message.Sid}.json",
        };
        return Results.Content(json.ToJsonString(), "application/json", statusCode: 201);
    }

    private bool HasCredentials(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && header is { Scheme: "Basic", Parameter: { } parameter }
        && Encoding.UTF8.GetString(Convert.FromBase64String(parameter)) == $"{accountSid}:{authToken}";

    private static IResult Error(int status, int code, string message) =>
        Results.Content(new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
            ["status"] = status,
        }.ToJsonString(), "application/json", statusCode: status);
}
