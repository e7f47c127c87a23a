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

    public static ProblemResult DependencyUnavailable(string detail, IDictionary<string, object?> extensions) =>
        new(new Problem(ProblemTypes.DependencyUnavailable, "A dependency is unavailable", StatusCodes.Status503ServiceUnavailable, detail)
        {
            Extensions = extensions,
        });

    public static ProblemResult Unexpected(string traceId) =>
        new(new Problem(ProblemTypes.Unexpected, "Unexpected error", StatusCodes.Status500InternalServerError,
            "The request failed unexpectedly; it is safe to retry with the same Idempotency-Key.")
        {
            Extensions = new Dictionary<string, object?> { ["traceId"] = traceId },
        });

    private static string Describe(IReadOnlyList<FieldError> errors) =>
        string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}"));
}
