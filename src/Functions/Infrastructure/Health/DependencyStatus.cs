using System.Text.Json.Serialization;

namespace AppointmentBooking.Functions.Infrastructure.Health;

/// <summary>The outcome of one probe: <c>up</c> or <c>down</c>, with the reason when down.</summary>
public sealed record DependencyStatus(string Name, string Status, long DurationMs, string? Error = null)
{
    [JsonIgnore]
    public bool IsUp => Status == "up";
}
