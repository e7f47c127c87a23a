using System.Text.Json;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Reads a JSON body within <see cref="RequestLimits.MaxBodyBytes"/>: too large → 413, not JSON → 400,
/// a value of the wrong type → 400 naming its field, before anything is written.
/// </summary>
public static class JsonRequest
{
    /// <exception cref="RequestRejectedException">The body is too large, empty or not the expected JSON.</exception>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > RequestLimits.MaxBodyBytes || await ReadBoundedAsync(request.Body, cancellationToken) is not { } body)
        {
            throw new RequestRejectedException(ApiProblems.PayloadTooLarge(RequestLimits.MaxBodyBytes));
        }

        try
        {
            return (body.Length == 0 ? null : JsonSerializer.Deserialize<T>(body, AppJson.Options))
                ?? throw new RequestRejectedException(ApiProblems.MalformedJson("A JSON object body is required."));
        }
        catch (JsonException exception) when (exception.InnerException is not JsonException && Field(exception.Path) is { } field)
        {
            throw new RequestRejectedException(ApiProblems.Validation([new FieldError(field, "has the wrong type or format.")]));
        }
        catch (JsonException exception)
        {
            throw new RequestRejectedException(ApiProblems.MalformedJson(exception.Message));
        }
    }

    /// <summary>The JSON path of a value that could not be read as its type (<c>$.weeklyHours[0].start</c> → <c>weeklyHours[0].start</c>).</summary>
    private static string? Field(string? path) => path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    /// <summary>Null when the body is longer than the limit; stops reading as soon as it is.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > RequestLimits.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
