using System.Collections.Concurrent;
using AppointmentBooking.Domain.Assistant;
using NodaTime;

namespace AppointmentBooking.Functions.Tests.Application.Fakes;

/// <summary>Conversations in memory with the store's version semantics: create-if-absent, replace-if-unchanged.</summary>
internal sealed class InMemoryConversations : IConversationStore
{
    private readonly ConcurrentDictionary<(string, string), Conversation> stored = new();
    private int versions;

    public Task<Conversation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.GetValueOrDefault((tenantId, conversationId)));

    public Task<Conversation?> TrySaveAsync(Conversation conversation, Duration keepFor, CancellationToken cancellationToken)
    {
        lock (stored)
        {
            var key = (conversation.TenantId, conversation.Id);
            var current = stored.GetValueOrDefault(key);
            if (current?.Version != conversation.Version)
            {
                return Task.FromResult<Conversation?>(null);
            }

            var saved = conversation.Stored($"v{Interlocked.Increment(ref versions)}");
            stored[key] = saved;
            return Task.FromResult<Conversation?>(saved);
        }
    }

    public Task<IReadOnlyList<Conversation>> ListStartedAsync(string tenantId, Interval started, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Conversation>>(
            [.. stored.Values.Where(c => c.TenantId == tenantId && started.Contains(c.StartedAt)).OrderBy(c => c.StartedAt)]);
}
