using System.Text;
using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>
/// The continuation token of a listing: the keyset cursor where the page ended, base64url-encoded.
/// Opaque to clients, who pass it back as it is; it holds no state on the server.
/// </summary>
public static class Continuation
{
    private const int MaxLength = 1000;

    public static string? Of(PageCursor? cursor) =>
        cursor is null ? null : Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new[] { cursor.SortKey, cursor.Id }))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <exception cref="RequestRejectedException">400 naming <c>continuation</c> when the token is not one this API gave.</exception>
    public static PageCursor? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            var parts = token.Length <= MaxLength
                ? JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')))
                : null;
            return parts is [{ } key, { } id] ? new PageCursor(key, id) : throw new FormatException();
        }
        catch (Exception exception) when (exception is FormatException or JsonException or DecoderFallbackException)
        {
            throw new RequestRejectedException(ApiProblems.Validation([new FieldError("continuation", "is not a token this listing gave.")]));
        }
    }
}
