using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// The optional part of a single-partition query. The tenant and type filters are always added by
/// <see cref="CosmosStore"/>, so no query can forget its partition.
/// </summary>
public sealed record PartitionQuery(string? Filter = null, string? OrderBy = null, int? Top = null)
{
    public IReadOnlyDictionary<string, object> Parameters { get; init; } = new Dictionary<string, object>();

    /// <summary>What each result is: whole documents by default, or a projection (<c>c.id, c.status</c>, <c>VALUE SUM(c.n)</c>).</summary>
    public string Select { get; init; } = "*";

    public static PartitionQuery All { get; } = new();

    internal QueryDefinition ToDefinition(string tenantId, string type)
    {
        var top = Top is { } count ? $"TOP {count} " : string.Empty;
        var filter = Filter is null ? string.Empty : $" AND ({Filter})";
        var orderBy = OrderBy is null ? string.Empty : $" ORDER BY {OrderBy}";
        var definition = new QueryDefinition($"SELECT {top}{Select} FROM c WHERE c.tenantId = @tenantId AND c.type = @type{filter}{orderBy}")
            .WithParameter("@tenantId", tenantId)
            .WithParameter("@type", type);
        foreach (var (name, value) in Parameters)
        {
            definition = definition.WithParameter(name, value);
        }

        return definition;
    }
}
