using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>A gateway's JSON answer: a server error throws (the caller's retry may succeed), anything else is read leniently.</summary>
internal static class JsonAnswers
{
    /// <exception cref="HttpRequestException">The gateway answered 5xx.</exception>
    public static async Task<JsonNode?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if ((int)response.StatusCode >= 500)
        {
            response.EnsureSuccessStatusCode();
        }

        return Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>The JSON in <paramref name="text"/>, or null when it is none.</summary>
    public static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
