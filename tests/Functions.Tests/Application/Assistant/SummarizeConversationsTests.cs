using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using NodaTime;
using NodaTime.Testing;

namespace AppointmentBooking.Functions.Tests.Application.Assistant;

public sealed class SummarizeConversationsTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 12, 1, 8, 0);

    private readonly InMemoryConversations store = new();
    private readonly FakeClock clock = new(Start + Duration.FromHours(3));

    [Fact]
    public async Task Open_conversations_idle_for_an_hour_count_as_abandoned()
    {
        await SaveAsync("cnv-idle", Start, Turn(Start));
        await SaveAsync("cnv-live", Start + Duration.FromHours(1), Turn(clock.GetCurrentInstant() - Duration.FromMinutes(10)));
        await SaveAsync("cnv-booked", Start, Turn(Start, booked: "bkg-1"));

        var summary = await Summarize();

        Assert.Equal((3, 1, 1, 1), (summary.Conversations, summary.Booked, summary.Abandoned, summary.Open));
    }

    [Fact]
    public async Task Tool_refusals_tokens_and_latency_percentiles_are_counted()
    {
        var turns = Enumerable.Range(0, 20).Select(i => Turn(Start + Duration.FromMinutes(i), latencyMs: (i + 1) * 100,
            tools: [new ToolCall("confirm", Succeeded: i % 4 != 0, Duration.FromMilliseconds(5))])).ToArray();
        await SaveAsync("cnv-1", Start, turns);
        await SaveAsync("cnv-other-period", Start - Duration.FromDays(2), Turn(Start - Duration.FromDays(2)));

        var summary = await Summarize();

        Assert.Equal(1, summary.Conversations);
        Assert.Equal(new ToolUsage(20, 5), summary.Tools["confirm"]);
        Assert.Equal(20 * 100, summary.InputTokens);
        Assert.Equal(1050, summary.AverageLatencyMs);
        Assert.Equal(1900, summary.P95LatencyMs);
    }

    private Task<ConversationSummary> Summarize() =>
        new SummarizeConversations(store, clock).ExecuteAsync("tnt-1", new Interval(Start - Duration.FromHours(1), Start + Duration.FromDays(1)), CancellationToken.None);

    private async Task SaveAsync(string id, Instant startedAt, params CompletedTurn[] turns)
    {
        var conversation = turns.Aggregate(Conversation.Start(id, "tnt-1", startedAt), (c, turn) => c.Record(turn));
        Assert.NotNull(await store.TrySaveAsync(conversation, Duration.FromDays(30), CancellationToken.None));
    }

    private static CompletedTurn Turn(Instant at, int latencyMs = 300, string? booked = null, IReadOnlyList<ToolCall>? tools = null) =>
        new("hi", "hello", new ConversationTurn(at, ["chat"], tools ?? [], 100, 10, Duration.FromMilliseconds(latencyMs), false),
            null, booked is null ? [] : [booked], false);
}
