using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using AppointmentBooking.LocalHost.Fakes.OpenAi;
using Microsoft.AspNetCore.Builder;

namespace AppointmentBooking.Integration.Tests.Assistant;

/// <summary>The model's settings and limits: none configured, a plain OpenAI-compatible endpoint, a spent budget, streaming.</summary>
[Collection(SharedApp.Name)]
public sealed class AssistantModelSettingsTests(AppFixture fixture)
{
    [Fact]
    public async Task Without_model_settings_the_assistant_answers_503_naming_them()
    {
        var (_, tenant) = await fixture.SeedSalonAsync();
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = "",
            ["AzureOpenAI:Deployment"] = "",
        });
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };

        var response = await client.PostAsJsonAsync($"/api/tenants/{tenant.Slug}/assistant/conversations", new { message = "Hello" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "assistant-not-configured");
        Assert.Equal(["AzureOpenAI__Endpoint", "AzureOpenAI__Deployment"],
            problem.GetProperty("missingSettings").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task An_OpenAI_compatible_endpoint_works_through_the_same_settings()
    {
        var (_, tenant) = await fixture.SeedSalonAsync();
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?>
        {
            ["AzureOpenAI:Api"] = "OpenAI",
            ["AzureOpenAI:Endpoint"] = new Uri(fixture.Model.BaseAddress, "v1/").ToString(),
            ["AzureOpenAI:Deployment"] = "local-model",
        });
        var chat = new AssistantClient(new HttpClient { BaseAddress = app.BaseAddress() }, tenant.Slug, fixture.Model);

        var reply = await chat.SayAsync("Any cuts tomorrow?",
            FakeCompletion.Call("search_slots", new { serviceId = "svc-1", when = "tomorrow" }), FakeCompletion.Say("Yes, from 08:00."));

        Assert.Equal("Yes, from 08:00.", reply.GetProperty("reply").GetString());
        Assert.True(chat.LastToolResult().GetProperty("ok").GetBoolean());
        Assert.Equal("/v1/chat/completions", fixture.Model.Requests[^1].Path);
        Assert.Equal("local-model", fixture.Model.ChatRequests[^1].GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_spent_budget_gets_a_clear_answer_and_no_more_model_calls()
    {
        var (_, tenant) = await fixture.SeedSalonAsync();
        await using var app = await fixture.StartAnotherAppAsync(new Dictionary<string, string?> { ["Assistant:MaxTokensPerConversation"] = "500" });
        var chat = new AssistantClient(new HttpClient { BaseAddress = app.BaseAddress() }, tenant.Slug, fixture.Model);
        await chat.SayAsync("Hello", FakeCompletion.Say("Hi! How can I help?", promptTokens: 450, completionTokens: 60));
        var calls = fixture.Model.ChatRequests.Count;

        var limited = await chat.SayAsync("Can I book a cut?");
        var again = await chat.SayAsync("Hello?");

        Assert.Equal(AnswerMessage.LimitReply, limited.GetProperty("reply").GetString());
        Assert.True(limited.GetProperty("limitReached").GetBoolean());
        Assert.True(again.GetProperty("limitReached").GetBoolean());
        Assert.Equal(calls, fixture.Model.ChatRequests.Count);
    }

    [Fact]
    public async Task The_reply_streams_as_server_sent_events_ending_with_the_whole_answer()
    {
        var (_, tenant) = await fixture.SeedSalonAsync();
        var chat = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);
        fixture.Model.Script(
            FakeCompletion.Call("search_slots", new { serviceId = "svc-1", when = "tomorrow morning" }),
            FakeCompletion.Say("Tomorrow morning I have 08:00 and 09:00 free."));

        var response = await chat.SendAsync("Cut tomorrow morning?", stream: true);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = ServerSentEvents(await response.Content.ReadAsStringAsync());
        var deltas = events.Where(e => e.Name == "delta").Select(e => e.Data.GetProperty("text").GetString()).ToList();
        Assert.True(deltas.Count > 1);
        var done = Assert.Single(events, e => e.Name == "done").Data;
        Assert.Equal(string.Concat(deltas), done.GetProperty("reply").GetString());
        Assert.StartsWith("cnv-", done.GetProperty("conversationId").GetString(), StringComparison.Ordinal);
        Assert.True(fixture.Model.ChatRequests[^1].GetProperty("stream").GetBoolean());
        Assert.Equal(0, fixture.Model.Unused);
    }

    [Fact]
    public async Task A_failing_model_is_a_503_and_the_conversation_goes_on_after_it()
    {
        var (_, tenant) = await fixture.SeedSalonAsync();
        var chat = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);
        await chat.SayAsync("Hello", FakeCompletion.Say("Hi!"));
        fixture.Model.Script(FakeCompletion.Fail(400));

        var failed = await chat.SendAsync("Any cuts?");

        await failed.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency-unavailable");
        var reply = await chat.SayAsync("Any cuts?", FakeCompletion.Say("Yes."));
        Assert.Equal("Yes.", reply.GetProperty("reply").GetString());
    }

    private static List<(string Name, JsonElement Data)> ServerSentEvents(string body) =>
        [.. body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block =>
        {
            var lines = block.Split('\n');
            var name = lines.Single(l => l.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..];
            var data = lines.Single(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
            return (name, JsonDocument.Parse(data).RootElement.Clone());
        })];
}
