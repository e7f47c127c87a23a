using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Maps each way a message can end to its one HTTP answer.</summary>
public static class AssistantResults
{
    public static IActionResult ToResult(TurnOutcome outcome, DateTimeZone zone, Instant now, Func<string, string> issueToken, int answeredStatus = StatusCodes.Status200OK) =>
        outcome switch
        {
            TurnOutcome.Answered answered => new JsonBody(Reply(answered, zone, now, issueToken), answeredStatus),
            TurnOutcome.NotConfigured missing => ApiProblems.AssistantNotConfigured(missing.MissingSettings),
            TurnOutcome.NotFound notFound => ApiProblems.NotFound(notFound.Detail),
            TurnOutcome.Busy => ApiProblems.Conflict("Another message of this conversation was answered at the same time; send this one again."),
            TurnOutcome.ModelUnavailable unavailable => ApiProblems.DependencyUnavailable(
                unavailable.Detail, new Dictionary<string, object?> { ["dependency"] = "model", ["retryAfterSeconds"] = 5 }),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };

    private static AssistantReplyResponse Reply(TurnOutcome.Answered answered, DateTimeZone zone, Instant now, Func<string, string> issueToken) => new(
        answered.Conversation.Id,
        answered.Reply,
        answered.Confirmation is { } code
            ? new AssistantConfirmationResponse(code.Code, TimeFormats.Format(code.ExpiresAt, zone), $"To confirm, reply: confirm {code.Code}")
            : null,
        answered.Booking is { } booking
            ? BookingResponses.Booking(booking, now, answered.BookingCreated ? issueToken(booking.Id) : null)
            : null,
        answered.Checkout is { } payment ? BookingResponses.Checkout(payment) : null,
        answered.LimitReached);
}
