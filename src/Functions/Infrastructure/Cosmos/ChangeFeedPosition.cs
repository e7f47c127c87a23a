using System.Buffers.Text;
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
    public static ChangeFeedPosition Decode(string text)
    {
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(text));
            return wire is { C: { Length: > 0 } continuation, S: >= 0 } ? new ChangeFeedPosition(continuation, wire.S) : throw new FormatException("Not a feed position.");
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentException)
        {
            throw new FormatException("Not a feed position.", exception);
        }
    }

    private sealed record Wire(string C, int S);
}
