using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AppointmentBooking.LocalHost.Fakes.OpenAi;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Chats with one tenant's assistant over HTTP, and reads what the app told the (fake) model.</summary>
public sealed class AssistantClient(HttpClient http, string slug, FakeOpenAi model)
{
    public string? ConversationId { get; private set; }

    /// <summary>Starts a conversation with the first message, or sends the next one.</summary>
    public async Task<HttpResponseMessage> SendAsync(string message, string? accessToken = null, bool stream = false)
    {
        var path = ConversationId is null
            ? $"/api/tenants/{slug}/assistant/conversations"
            : $"/api/tenants/{slug}/assistant/conversations/{ConversationId}/messages";
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { message }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (accessToken is not null)
        {
            request.Headers.Add("Booking-Access-Token", accessToken);
        }

        if (stream)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        }

        return await http.SendAsync(request);
    }

    /// <summary>Sends a message the model answers as <paramref name="script"/>; asserts success and returns the reply body.</summary>
    public async Task<JsonElement> SayAsync(string message, params FakeCompletion[] script) => await SayWithTokenAsync(message, null, script);

    public async Task<JsonElement> SayWithTokenAsync(string message, string? accessToken, params FakeCompletion[] script)
    {
        model.Script(script);
        var response = await SendAsync(message, accessToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
        ConversationId = reply.GetProperty("conversationId").GetString();
        Assert.Equal(0, model.Unused);
        return reply;
    }

    /// <summary>The tool results the app sent back to the model in its latest request, parsed, in call order.</summary>
    public JsonElement[] LastToolResults() =>
        [.. model.ChatRequests[^1].GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "tool")
            .Select(m => m.GetProperty("content").GetString()!)
            .Select(content => content.StartsWith('{') ? JsonDocument.Parse(content).RootElement.Clone() : throw new InvalidOperationException($"The tool failed: {content}"))];

    /// <summary>The result of the latest tool call.</summary>
    public JsonElement LastToolResult() => LastToolResults()[^1];
}
