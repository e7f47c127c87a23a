using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Checks a message to the assistant (400 naming the field) and reads how the answer is wanted.</summary>
public static class AssistantRequests
{
    public const int MaxMessageLength = 2000;

    /// <exception cref="RequestRejectedException">The message is missing or too long, or a token came in the URL.</exception>
    public static TurnRequest ToTurn(string? conversationId, AssistantMessageRequest body, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(body);
        var message = body.Message?.Trim();
        if (string.IsNullOrEmpty(message) || message.Length > MaxMessageLength)
        {
            throw new RequestRejectedException(ApiProblems.Validation([new FieldError("message", $"is required, at most {MaxMessageLength} characters.")]));
        }

        return new TurnRequest(conversationId, message, BookingToken.Find(request));
    }

    /// <summary>Streaming is asked for in the body or by accepting only server-sent events.</summary>
    public static bool WantsStream(AssistantMessageRequest body, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(request);
        return body.Stream == true || request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase);
    }
}
