using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>
/// A customer's chat with a tenant's assistant: the messages, the action waiting for confirmation,
/// the bookings made, and per turn what it cost and did. Immutable; <see cref="Record"/> returns the
/// state to store after a turn.
/// </summary>
public sealed class Conversation
{
    private readonly ConversationMessage[] messages;
    private readonly ConversationTurn[] turns;
    private readonly string[] bookingIds;

    /// <summary>Restores a conversation as stored.</summary>
    /// <param name="id">The conversation id, an unguessable value: whoever holds it may continue the conversation.</param>
    /// <param name="tenantId">The tenant whose assistant it is.</param>
    /// <param name="startedAt">When it began.</param>
    /// <param name="updatedAt">When its last turn ended.</param>
    /// <param name="messages">The messages, oldest first.</param>
    /// <param name="turns">Per customer message, what it cost and did.</param>
    /// <param name="pending">The action waiting for confirmation, if any.</param>
    /// <param name="bookingIds">Bookings made in the conversation.</param>
    /// <param name="outcome">Where it got to.</param>
    /// <param name="version">The store's concurrency token; null before it is first stored.</param>
    public Conversation(
        string id,
        string tenantId,
        Instant startedAt,
        Instant updatedAt,
        IEnumerable<ConversationMessage>? messages,
        IEnumerable<ConversationTurn>? turns,
        PendingConfirmation? pending,
        IEnumerable<string>? bookingIds,
        ConversationOutcome outcome,
        string? version = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        StartedAt = startedAt;
        Preconditions.CheckArgument(updatedAt >= startedAt, nameof(updatedAt), "must not be before the start.");
        UpdatedAt = updatedAt;
        this.messages = [.. messages ?? []];
        this.turns = [.. turns ?? []];
        Pending = pending;
        this.bookingIds = [.. bookingIds ?? []];
        Outcome = outcome;
        Version = version;
    }

    /// <summary>The conversation id.</summary>
    public string Id { get; }

    /// <summary>The tenant whose assistant it is.</summary>
    public string TenantId { get; }

    /// <summary>When it began.</summary>
    public Instant StartedAt { get; }

    /// <summary>When its last turn ended.</summary>
    public Instant UpdatedAt { get; }

    /// <summary>The messages, oldest first.</summary>
    public IReadOnlyList<ConversationMessage> Messages => messages;

    /// <summary>Per customer message, what it cost and did.</summary>
    public IReadOnlyList<ConversationTurn> Turns => turns;

    /// <summary>The action waiting for confirmation, if any.</summary>
    public PendingConfirmation? Pending { get; }

    /// <summary>Bookings made in the conversation: its customer may act on them without a token.</summary>
    public IReadOnlyList<string> BookingIds => bookingIds;

    /// <summary>Where it got to.</summary>
    public ConversationOutcome Outcome { get; }

    /// <summary>The store's concurrency token; null before it is first stored.</summary>
    public string? Version { get; }

    /// <summary>The number of the next turn (0-based).</summary>
    public int NextTurn => turns.Length;

    /// <summary>Customer messages so far.</summary>
    public int CustomerMessages => turns.Length;

    /// <summary>Tokens the model read and wrote over all turns.</summary>
    public long TokensUsed => turns.Sum(t => t.InputTokens + t.OutputTokens);

    /// <summary>A new, empty conversation.</summary>
    public static Conversation Start(string id, string tenantId, Instant now) =>
        new(id, tenantId, now, now, [], [], null, [], ConversationOutcome.Open);

    /// <summary>The conversation after <paramref name="turn"/>: its messages and analytics added, its pending action and outcome updated.</summary>
    public Conversation Record(CompletedTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var end = Instant.Max(UpdatedAt, turn.Analytics.At + turn.Analytics.Latency);
        var booked = bookingIds.Concat(turn.BookingsMade).Distinct(StringComparer.Ordinal).ToList();
        var outcome = booked.Count > 0 ? ConversationOutcome.Booked
            : turn.HandedOver ? ConversationOutcome.HandedOver
            : Outcome;
        return new Conversation(
            Id,
            TenantId,
            StartedAt,
            end,
            [.. messages, new ConversationMessage(MessageRole.Customer, turn.CustomerText, turn.Analytics.At),
                new ConversationMessage(MessageRole.Assistant, turn.Reply, end)],
            [.. turns, turn.Analytics],
            turn.Pending,
            booked,
            outcome,
            Version);
    }

    /// <summary>The same state as stored under <paramref name="version"/>.</summary>
    public Conversation Stored(string version) =>
        new(Id, TenantId, StartedAt, UpdatedAt, messages, turns, Pending, bookingIds, Outcome, version);
}
