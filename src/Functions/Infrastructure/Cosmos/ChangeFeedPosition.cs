using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// A place in a partition's change feed, as an opaque text: the change feed's continuation and how many
/// event documents after it were already handed out. Cosmos DB gives a continuation per page, not per
/// document, so an event in the middle of a page is "the page's start, then skip n events". Event
/// documents are never changed, so the events after a continuation stay the same, in the same order.
/// </summary>
internal sealed record ChangeFeedPosition(string Continuation, int Skip)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Wire(Continuation, Skip))));

    /// <exception cref="FormatException">The text is not a position this feed gave out.</exception>
    public static ChangeFeedPosition Decode(string text) =>
        TryDecode(text, out var position) ? position : throw new FormatException("Not a feed position.");

    public static bool TryDecode(string text, [NotNullWhen(true)] out ChangeFeedPosition? position)
    {
        position = null;
        try
        {
            if (JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(text)) is { C: { Length: > 0 } continuation, S: >= 0 } wire)
            {
                position = new ChangeFeedPosition(continuation, wire.S);
            }
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentException)
        {
            position = null;
        }

        return position is not null;
    }

    private sealed record Wire(string C, int S);
}
