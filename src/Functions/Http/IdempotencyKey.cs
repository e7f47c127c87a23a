using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>The client's key for one create request: its retries send the same key and get the same booking.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    private const int MaxLength = 200;

    /// <exception cref="RequestRejectedException">400 when the header is missing or too long.</exception>
    public static string Require(HttpRequest request) =>
        Optional(request) ?? throw new RequestRejectedException(ApiProblems.Validation([new FieldError(Header, $"header is required, at most {MaxLength} characters.")]));

    /// <summary>The key, or null when the client sent none (creates of the management API take one optionally).</summary>
    /// <exception cref="RequestRejectedException">400 when the header is too long.</exception>
    public static string? Optional(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Headers[Header].ToString();
        return key.Length switch
        {
            0 => null,
            <= MaxLength => key,
            _ => throw new RequestRejectedException(ApiProblems.Validation([new FieldError(Header, $"header must be at most {MaxLength} characters.")])),
        };
    }
}
