using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests;

/// <summary>Result of one <c>bicep snapshot</c> run: the resources a deployment would create.</summary>
internal sealed record BicepSnapshot(int ExitCode, JsonNode? Json, string Errors)
{
    public IReadOnlyList<JsonNode> Resources =>
        Json?["predictedResources"]?.AsArray().OfType<JsonNode>().ToList()
        ?? throw new InvalidOperationException($"bicep snapshot failed ({ExitCode}): {Errors}");

    public IReadOnlyList<JsonNode> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    public JsonNode Single(string type) => Assert.Single(OfType(type));
}
