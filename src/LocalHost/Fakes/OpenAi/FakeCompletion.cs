using System.Text.Json;

namespace AppointmentBooking.LocalHost.Fakes.OpenAi;

/// <summary>
/// One scripted answer of the fake model: text, or tool calls (the tool loop then calls the model again),
/// or an error status. Token counts are reported as the API's <c>usage</c>.
/// </summary>
public sealed record FakeCompletion(string? Text, IReadOnlyList<FakeToolCall> ToolCalls, int PromptTokens = 120, int CompletionTokens = 30, int? ErrorStatus = null)
{
    private static int calls;

    public static FakeCompletion Say(string text, int promptTokens = 120, int completionTokens = 30) => new(text, [], promptTokens, completionTokens);

    /// <summary>Calls one tool with <paramref name="arguments"/> serialised as the model would send them.</summary>
    public static FakeCompletion Call(string name, object arguments, int promptTokens = 120, int completionTokens = 30) =>
        new(null, [new FakeToolCall($"call_{Interlocked.Increment(ref calls)}", name, JsonSerializer.Serialize(arguments))], promptTokens, completionTokens);

    /// <summary>The endpoint answers <paramref name="status"/> with an error body instead.</summary>
    public static FakeCompletion Fail(int status) => new(null, [], ErrorStatus: status);
}
