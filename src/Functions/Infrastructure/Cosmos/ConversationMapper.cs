using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps conversations to their stored form and back.</summary>
internal static class ConversationMapper
{
    private const string Book = "book";
    private const string Cancel = "cancel";
    private const string Reschedule = "reschedule";

    public static ConversationDocument ToDocument(Conversation conversation, Duration keepFor) => new()
    {
        Id = conversation.Id,
        TenantId = conversation.TenantId,
        StartedAt = conversation.StartedAt,
        StartedAtMs = conversation.StartedAt.ToUnixTimeMilliseconds(),
        SortKey = SortKey(conversation.StartedAt, conversation.Id),
        UpdatedAt = conversation.UpdatedAt,
        Messages = [.. conversation.Messages.Select(m => new ConversationMessageDocument(m.Role, m.Text, m.At))],
        Turns = [.. conversation.Turns.Select(ToDocument)],
        Pending = conversation.Pending is { } pending ? ToDocument(pending) : null,
        BookingIds = conversation.BookingIds,
        Outcome = conversation.Outcome,
        Ttl = (int)Math.Ceiling(keepFor.TotalSeconds),
        ETag = conversation.Version,
    };

    public static Conversation ToDomain(ConversationDocument document) => new(
        document.Id,
        document.TenantId,
        document.StartedAt,
        document.UpdatedAt,
        document.Messages.Select(m => new ConversationMessage(m.Role, m.Text, m.At)),
        document.Turns.Select(ToDomain),
        document.Pending is { } pending ? ToDomain(pending) : null,
        document.BookingIds,
        document.Outcome,
        document.ETag);

    /// <summary>Milliseconds padded to a fixed width, then the id: sorts like the start, ties broken by id.</summary>
    public static string SortKey(Instant startedAt, string id) =>
        $"{startedAt.ToUnixTimeMilliseconds().ToString("D15", System.Globalization.CultureInfo.InvariantCulture)}|{id}";

    private static ConversationTurnDocument ToDocument(ConversationTurn turn) => new(
        turn.At, turn.Intents, [.. turn.Tools.Select(t => new ToolCallDocument(t.Name, t.Succeeded, (long)t.Elapsed.TotalMilliseconds))],
        turn.InputTokens, turn.OutputTokens, (long)turn.Latency.TotalMilliseconds, turn.LimitReached);

    private static ConversationTurn ToDomain(ConversationTurnDocument turn) => new(
        turn.At, turn.Intents, [.. turn.Tools.Select(t => new ToolCall(t.Name, t.Succeeded, Duration.FromMilliseconds(t.ElapsedMs)))],
        turn.InputTokens, turn.OutputTokens, Duration.FromMilliseconds(turn.LatencyMs), turn.LimitReached);

    private static PendingConfirmationDocument ToDocument(PendingConfirmation pending)
    {
        var document = new PendingConfirmationDocument
        {
            Code = pending.Code,
            Kind = string.Empty,
            IssuedInTurn = pending.IssuedInTurn,
            ExpiresAt = pending.ExpiresAt,
            FailedAttempts = pending.FailedAttempts,
        };
        return pending.Action switch
        {
            PendingAction.Book book => document with
            {
                Kind = Book,
                ServiceId = book.ServiceId,
                StaffId = book.Staff.ToString(),
                Start = book.Start,
                Customer = new CustomerSnapshot(book.Customer.Name, book.Customer.Email, book.Customer.Phone),
            },
            PendingAction.Cancel cancel => document with { Kind = Cancel, BookingId = cancel.BookingId },
            PendingAction.Reschedule move => document with { Kind = Reschedule, BookingId = move.BookingId, Start = move.Start, StaffId = move.Staff?.ToString() },
            _ => throw new ArgumentOutOfRangeException(nameof(pending)),
        };
    }

    private static PendingConfirmation ToDomain(PendingConfirmationDocument document)
    {
        PendingAction action = document.Kind switch
        {
            Book => new PendingAction.Book(Required(document.ServiceId, document), StaffChoice.Parse(Required(document.StaffId, document)),
                document.Start ?? throw Broken(document),
                document.Customer is { } c ? new ContactDetails(c.Name, c.Email, c.Phone) : throw Broken(document)),
            Cancel => new PendingAction.Cancel(Required(document.BookingId, document)),
            Reschedule => new PendingAction.Reschedule(Required(document.BookingId, document), document.Start ?? throw Broken(document),
                document.StaffId is { } staff ? StaffChoice.Parse(staff) : null),
            _ => throw Broken(document),
        };
        return new PendingConfirmation(document.Code, action, document.IssuedInTurn, document.ExpiresAt, document.FailedAttempts);
    }

    private static string Required(string? value, PendingConfirmationDocument document) => value ?? throw Broken(document);

    private static StoredDocumentException Broken(PendingConfirmationDocument document) =>
        new($"The pending '{document.Kind}' confirmation of a conversation lacks a field it needs.");
}
