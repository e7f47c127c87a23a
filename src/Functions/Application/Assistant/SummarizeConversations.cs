using AppointmentBooking.Domain.Assistant;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// Summarises a tenant's conversations started in a period (the seed's AI agent logs, for the dashboard).
/// An open conversation idle for <see cref="AbandonedAfter"/> counts as abandoned.
/// </summary>
public sealed class SummarizeConversations(IConversationStore conversations, IClock clock)
{
    public static Duration AbandonedAfter { get; } = Duration.FromHours(1);

    public async Task<ConversationSummary> ExecuteAsync(string tenantId, Interval started, CancellationToken cancellationToken)
    {
        var found = await conversations.ListStartedAsync(tenantId, started, cancellationToken);
        var now = clock.GetCurrentInstant();
        var turns = found.SelectMany(c => c.Turns).ToList();
        var latencies = turns.Where(t => !t.LimitReached).Select(t => t.Latency.TotalMilliseconds).Order().ToList();
        var open = found.Where(c => c.Outcome == ConversationOutcome.Open).ToList();
        return new ConversationSummary(
            found.Count,
            found.Count(c => c.Outcome == ConversationOutcome.Booked),
            found.Count(c => c.Outcome == ConversationOutcome.HandedOver),
            open.Count(c => now - c.UpdatedAt >= AbandonedAfter),
            open.Count(c => now - c.UpdatedAt < AbandonedAfter),
            turns.Count,
            turns.Count(t => t.LimitReached),
            turns.SelectMany(t => t.Intents).GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            turns.SelectMany(t => t.Tools).GroupBy(t => t.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new ToolUsage(g.Count(), g.Count(t => !t.Succeeded)), StringComparer.Ordinal),
            turns.Sum(t => t.InputTokens),
            turns.Sum(t => t.OutputTokens),
            latencies.Count == 0 ? 0 : latencies.Average(),
            Percentile(latencies, 0.95));
    }

    /// <summary>Nearest-rank percentile of sorted values; 0 when there are none.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
