namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>Directory entry: id = slug in the <c>_directory</c> partition, pointing at the tenant id.</summary>
public sealed record TenantSlugDocument : CosmosDocument
{
    public override string Type => DocumentTypes.TenantSlug;

    public required string TargetTenantId { get; init; }

    public bool Active { get; init; } = true;
}
