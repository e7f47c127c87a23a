using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Functions.Application.Bookings;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// The confirmation turn: a prepared action waits under a one-time code that only the customer's next
/// message can carry; confirming runs the same use case as the booking API (create under an Idempotency-Key
/// derived from the conversation and the code, cancel or reschedule with the booking's token).
/// </summary>
public sealed class PendingActions(CreateBooking create, CancelBooking cancel, RescheduleBooking reschedule, AccessTokens tokens, IClock clock)
{
    public PendingConfirmation Prepare(TurnContext turn, PendingAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var confirmation = new PendingConfirmation(
            ConversationIds.NewConfirmationCode(), action, turn.Turn, clock.GetCurrentInstant() + PendingConfirmation.Lifetime);
        turn.Issue(confirmation);
        return confirmation;
    }

    public async Task<ConfirmResult> ConfirmAsync(TurnContext turn, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Pending is not { } pending)
        {
            return new ConfirmResult.Refused(ConfirmationCheck.NothingPending);
        }

        var check = pending.Check(code, turn.CustomerText, turn.Turn, clock.GetCurrentInstant());
        turn.Pending = check switch
        {
            ConfirmationCheck.Accepted or ConfirmationCheck.Expired => null,
            _ => pending.AfterFailedAttempt(),
        };
        if (check != ConfirmationCheck.Accepted)
        {
            return new ConfirmResult.Refused(check);
        }

        var outcome = await ExecuteAsync(turn, pending, cancellationToken);
        if (outcome is BookingOutcome.Done done)
        {
            turn.Record(done.Appointment, done.Created && pending.Action is PendingAction.Book);
        }
        else if (outcome is BookingOutcome.Contended)
        {
            // Nothing was decided: the same code (and so the same Idempotency-Key) may confirm again.
            turn.Pending = pending;
        }

        return new ConfirmResult.Executed(pending.Action, outcome);
    }

    /// <summary>The token that opens a booking for this turn: issued for bookings made in the conversation, else the one the customer's page sent.</summary>
    public string TokenFor(TurnContext turn, string bookingId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.MadeHere(bookingId) ? tokens.Issue(turn.Tenant.TenantId, bookingId) : turn.AccessToken ?? string.Empty;
    }

    private Task<BookingOutcome> ExecuteAsync(TurnContext turn, PendingConfirmation pending, CancellationToken cancellationToken) => pending.Action switch
    {
        PendingAction.Book book => create.ExecuteAsync(
            turn.Tenant, new CreateBookingCommand(book.ServiceId, book.Staff, book.Start, book.Customer),
            ConversationIds.IdempotencyKey(turn.Conversation.Id, pending.Code), cancellationToken),
        PendingAction.Cancel c => cancel.ExecuteAsync(turn.Tenant, c.BookingId, TokenFor(turn, c.BookingId), cancellationToken),
        PendingAction.Reschedule move => reschedule.ExecuteAsync(
            turn.Tenant, move.BookingId, TokenFor(turn, move.BookingId), new RescheduleCommand(move.Start, move.Staff), cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(pending)),
    };
}
