using System.Text.Json.Serialization;

namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>An RFC 9457 problem document; <see cref="Type"/> is stable per kind of error.</summary>
public sealed record Problem(string Type, string Title, int Status, string? Detail = null)
{
    public string? Instance { get; init; }

    public IReadOnlyList<FieldError>? Errors { get; init; }

    [JsonExtensionData]
    public IDictionary<string, object?>? Extensions { get; init; }
}
