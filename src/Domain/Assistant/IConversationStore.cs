using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>Stores conversations, one document per conversation in its tenant's partition, kept for a while after their last turn.</summary>
public interface IConversationStore
{
    /// <summary>The conversation, or null when the tenant has none with that id (or it lapsed).</summary>
    Task<Conversation?> FindAsync(string tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new conversation (no <see cref="Conversation.Version"/>) or replaces one still at its version,
    /// to be kept for <paramref name="keepFor"/> after this write; null when another writer got there first.
    /// </summary>
    Task<Conversation?> TrySaveAsync(Conversation conversation, Duration keepFor, CancellationToken cancellationToken);

    /// <summary>The tenant's conversations that started in <paramref name="started"/>, oldest first.</summary>
    Task<IReadOnlyList<Conversation>> ListStartedAsync(string tenantId, Interval started, CancellationToken cancellationToken);
}
