using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.OpenAi;

/// <summary>
/// A scripted stand-in for the chat completions endpoint of Azure OpenAI
/// (<c>POST /openai/deployments/{deployment}/chat/completions?api-version=...</c>, key in <c>api-key</c>) and of
/// OpenAI-compatible servers (<c>POST /v1/chat/completions</c>, key as a bearer token), in the shapes of the Azure
/// OpenAI REST API reference and OpenAI's "Create chat completion" (JSON, or server-sent
/// <c>chat.completion.chunk</c> events ending in <c>[DONE]</c> when <c>stream</c> is true). Each request takes
/// the next scripted <see cref="FakeCompletion"/>; tests read what the app sent from <see cref="ChatRequests"/>.
/// </summary>
public sealed class FakeOpenAi : FakeServer
{
    public const string ApiKey = "fake-openai-key";
    public const string Deployment = "booking-assistant";

    private readonly ConcurrentQueue<FakeCompletion> script = new();
    private int served;

    /// <summary>The bodies of the chat completion requests received, in order.</summary>
    public IReadOnlyList<JsonElement> ChatRequests =>
        [.. Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(r => JsonDocument.Parse(r.Body).RootElement.Clone())];

    /// <summary>Scripted answers not yet used: a test checks it is empty when the app should have called the model for all.</summary>
    public int Unused => script.Count;

    /// <summary>Replaces the script with <paramref name="completions"/>, answered in order.</summary>
    public void Script(params FakeCompletion[] completions)
    {
        script.Clear();
        foreach (var completion in completions)
        {
            script.Enqueue(completion);
        }
    }

    protected override void MapRoutes(WebApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        application.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) =>
            context.Request.Headers["api-key"] != ApiKey ? Error(context, 401, "Access denied due to invalid subscription key.")
            : string.IsNullOrEmpty(context.Request.Query["api-version"]) ? Error(context, 404, "Resource not found: api-version is required.")
            : AnswerAsync(context, deployment));
        application.MapPost("/v1/chat/completions", (HttpContext context) =>
            context.Request.Headers.Authorization != $"Bearer {ApiKey}" ? Error(context, 401, "Incorrect API key provided.") : AnswerAsync(context, null));
    }

    private async Task AnswerAsync(HttpContext context, string? deployment)
    {
        var request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var model = deployment ?? request?["model"]?.GetValue<string>() ?? Deployment;
        if (!script.TryDequeue(out var completion))
        {
            await Error(context, 400, "The fake model has no scripted answer left.");
            return;
        }

        if (completion.ErrorStatus is { } status)
        {
            await Error(context, status, "Scripted failure.");
            return;
        }

        var id = $"chatcmpl-{Interlocked.Increment(ref served)}";
        if (request?["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(context, id, model, completion, request["stream_options"]?["include_usage"]?.GetValue<bool>() == true);
            return;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = Message(completion),
                ["finish_reason"] = FinishReason(completion),
            }),
            ["usage"] = Usage(completion),
        });
    }

    private static async Task StreamAsync(HttpContext context, string id, string model, FakeCompletion completion, bool includeUsage)
    {
        context.Response.ContentType = "text/event-stream";
        List<JsonNode> deltas = completion.ToolCalls.Count > 0
            ? [.. completion.ToolCalls.Select((call, index) => (JsonNode)new JsonObject
            {
                ["role"] = "assistant",
                ["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["index"] = index,
                    ["id"] = call.Id,
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.ArgumentsJson },
                }),
            })]
            : [.. Pieces(completion.Text ?? string.Empty).Select((piece, index) => (JsonNode)(index == 0
                ? new JsonObject { ["role"] = "assistant", ["content"] = piece }
                : new JsonObject { ["content"] = piece }))];
        foreach (var delta in deltas)
        {
            await WriteEventAsync(context, Chunk(id, model, delta, null));
        }

        await WriteEventAsync(context, Chunk(id, model, new JsonObject(), FinishReason(completion)));
        if (includeUsage)
        {
            await WriteEventAsync(context, new JsonObject
            {
                ["id"] = id, ["object"] = "chat.completion.chunk", ["created"] = 0, ["model"] = model, ["choices"] = new JsonArray(), ["usage"] = Usage(completion),
            }.ToJsonString());
        }

        await WriteEventAsync(context, "[DONE]");
    }

    /// <summary>Text comes in word-sized pieces, as a real model streams it.</summary>
    private static IEnumerable<string> Pieces(string text) =>
        text.Length == 0 ? [string.Empty] : text.Split(' ').Select((word, index) => index == 0 ? word : " " + word);

    private static string Chunk(string id, string model, JsonNode delta, string? finishReason) => new JsonObject
    {
        ["id"] = id,
        ["object"] = "chat.completion.chunk",
        ["created"] = 0,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    }.ToJsonString();

    private static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync($"data: {data}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static JsonObject Message(FakeCompletion completion)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = completion.Text };
        if (completion.ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray([.. completion.ToolCalls.Select(call => (JsonNode)new JsonObject
            {
                ["id"] = call.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.ArgumentsJson },
            })]);
        }

        return message;
    }

    private static string FinishReason(FakeCompletion completion) => completion.ToolCalls.Count > 0 ? "tool_calls" : "stop";

    private static JsonObject Usage(FakeCompletion completion) => new()
    {
        ["prompt_tokens"] = completion.PromptTokens,
        ["completion_tokens"] = completion.CompletionTokens,
        ["total_tokens"] = completion.PromptTokens + completion.CompletionTokens,
    };

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = message },
        });
    }
}
