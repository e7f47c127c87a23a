using System.Text.Json;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Reads a JSON body within <see cref="RequestLimits.MaxBodyBytes"/>: too large → 413, not JSON → 400,
/// before anything is looked up or written.
/// </summary>
public static class JsonRequest
{
    public static async Task<(T? Value, ProblemResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            return (null, ApiProblems.PayloadTooLarge(RequestLimits.MaxBodyBytes));
        }

        var body = await ReadBoundedAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return (null, ApiProblems.PayloadTooLarge(RequestLimits.MaxBodyBytes));
        }

        try
        {
            var value = body.Length == 0 ? null : JsonSerializer.Deserialize<T>(body, AppJson.Options);
            return value is null ? (null, ApiProblems.MalformedJson("A JSON object body is required.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, ApiProblems.MalformedJson(exception.Message));
        }
    }

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
