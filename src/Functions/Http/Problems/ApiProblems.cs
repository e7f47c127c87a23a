using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>Factory for the problem responses the API gives, so each kind reads the same everywhere.</summary>
public static class ApiProblems
{
    public static ProblemResult NotFound(string detail) =>
        new(new Problem(ProblemTypes.NotFound, "Not found", StatusCodes.Status404NotFound, detail));

    public static ProblemResult Validation(IReadOnlyList<FieldError> errors, int status = StatusCodes.Status400BadRequest) =>
        new(new Problem(ProblemTypes.ValidationFailed, "The request is not valid", status, Describe(errors)) { Errors = errors });

    public static ProblemResult MalformedJson(string detail) =>
        new(new Problem(ProblemTypes.MalformedJson, "The body is not valid JSON", StatusCodes.Status400BadRequest, detail));

    public static ProblemResult PayloadTooLarge(long limitBytes) =>
        new(new Problem(ProblemTypes.PayloadTooLarge, "The body is too large", StatusCodes.Status413PayloadTooLarge,
            $"The body may hold at most {limitBytes} bytes."));

    public static ProblemResult SlotUnavailable(IReadOnlyList<object> alternatives) =>
        new(new Problem(ProblemTypes.SlotUnavailable, "The slot is no longer available", StatusCodes.Status409Conflict,
            "Another booking took this time; the nearest free slots are listed in 'alternatives'.")
        {
            Extensions = new Dictionary<string, object?> { ["alternatives"] = alternatives },
        });

    public static ProblemResult IdempotencyKeyReused() =>
        new(new Problem(ProblemTypes.IdempotencyKeyReused, "The Idempotency-Key was used for another request",
            StatusCodes.Status422UnprocessableEntity, "Send a new Idempotency-Key for a different request."));

    public static ProblemResult Conflict(string detail) =>
        new(new Problem(ProblemTypes.Conflict, "The request conflicts with the booking's state", StatusCodes.Status409Conflict, detail));

    public static ProblemResult Unauthorized(string detail) =>
        new(new Problem(ProblemTypes.Unauthorized, "Credentials are required", StatusCodes.Status401Unauthorized, detail));

    public static ProblemResult Forbidden(string detail) =>
        new(new Problem(ProblemTypes.Forbidden, "Not allowed", StatusCodes.Status403Forbidden, detail));

    public static ProblemResult PreconditionFailed() =>
        new(new Problem(ProblemTypes.PreconditionFailed, "The resource changed since it was read", StatusCodes.Status412PreconditionFailed,
            "Someone else changed it since you read it; nothing was written. Read it again (GET) and send the new ETag in If-Match."));

    public static ProblemResult PreconditionRequired(string detail) =>
        new(new Problem(ProblemTypes.PreconditionRequired, "If-Match is required", StatusCodes.Status428PreconditionRequired, detail));

    public static ProblemResult ChangeRefused(string detail) =>
        new(new Problem(ProblemTypes.ChangeRefused, "The change would break a rule", StatusCodes.Status409Conflict, detail));

    public static ProblemResult SlugTaken(string slug, IReadOnlyList<string> suggestions) =>
        new(new Problem(ProblemTypes.SlugTaken, "The slug is taken", StatusCodes.Status409Conflict,
            $"Another business uses '{slug}'; free ones like it are listed in 'suggestions'.")
        {
            Errors = [new FieldError("slug", "is taken.")],
            Extensions = new Dictionary<string, object?> { ["suggestions"] = suggestions },
        });

    public static ProblemResult OriginNotAllowed(string origin) =>
        new(new Problem(ProblemTypes.OriginNotAllowed, "The origin may not call this API", StatusCodes.Status403Forbidden,
            $"'{origin}' is not among the allowed origins of this business; an owner adds it in the settings' allowedOrigins."));

    public static ProblemResult TooManyRequests(int retryAfterSeconds) =>
        new(new Problem(ProblemTypes.RateLimited, "Too many requests", StatusCodes.Status429TooManyRequests,
            $"This client sent too many requests to this business; retry in {retryAfterSeconds} s."), retryAfterSeconds);

    public static ProblemResult Busy() =>
        new(new Problem(ProblemTypes.Busy, "Too many simultaneous changes", StatusCodes.Status503ServiceUnavailable,
            "Many requests changed the same day at once; retry with the same Idempotency-Key.")
        {
            Extensions = new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 },
        });

    public static ProblemResult DependencyUnavailable(string detail, IDictionary<string, object?> extensions) =>
        new(new Problem(ProblemTypes.DependencyUnavailable, "A dependency is unavailable", StatusCodes.Status503ServiceUnavailable, detail)
        {
            Extensions = extensions,
        });

    public static ProblemResult PaymentsUnavailable(string detail) =>
        new(new Problem(ProblemTypes.PaymentsUnavailable, "Deposits cannot be taken right now", StatusCodes.Status503ServiceUnavailable, detail));

    public static ProblemResult NothingToPay(string detail) =>
        new(new Problem(ProblemTypes.NothingToPay, "No deposit is due", StatusCodes.Status409Conflict, detail));

    public static ProblemResult WebhookRejected(string detail) =>
        new(new Problem(ProblemTypes.WebhookRejected, "The notification could not be verified", StatusCodes.Status401Unauthorized, detail));

    public static ProblemResult AssistantNotConfigured(IReadOnlyList<string> missingSettings) =>
        new(new Problem(ProblemTypes.AssistantNotConfigured, "The booking assistant is not configured", StatusCodes.Status503ServiceUnavailable,
            $"The assistant needs a model: fill in the app settings {string.Join(", ", missingSettings)} (see 'missingSettings').")
        {
            Extensions = new Dictionary<string, object?> { ["missingSettings"] = missingSettings },
        });

    public static ProblemResult ProductUnavailable(string detail) =>
        new(new Problem(ProblemTypes.ProductUnavailable, "A product is not available", StatusCodes.Status409Conflict, detail)
        {
            Errors = [new FieldError("products", detail)],
        });

    public static ProblemResult CalendarNotConfigured() =>
        new(new Problem(ProblemTypes.CalendarNotConfigured, "Calendars cannot be connected", StatusCodes.Status503ServiceUnavailable,
            "The app has no Google OAuth client: fill in the app settings Google__ClientId and Google__ClientSecret."));

    public static ProblemResult CalendarConsentRefused(string detail) =>
        new(new Problem(ProblemTypes.CalendarConsentRefused, "The calendar was not connected", StatusCodes.Status400BadRequest, detail));

    public static ProblemResult Unexpected(string traceId) =>
        new(new Problem(ProblemTypes.Unexpected, "Unexpected error", StatusCodes.Status500InternalServerError,
            "The request failed unexpectedly; it is safe to retry with the same Idempotency-Key.")
        {
            Extensions = new Dictionary<string, object?> { ["traceId"] = traceId },
        });

    private static string Describe(IReadOnlyList<FieldError> errors) =>
        string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}"));
}
