namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>
/// The tenant's catalog stamp: a tiny document in the tenant's own partition (so reading it on every
/// public request spreads over tenants rather than loading the directory partition), rewritten with a
/// new <see cref="Stamp"/> after every change to settings, services or staff.
/// </summary>
public sealed record CatalogStampDocument : CosmosDocument
{
    public const string DocumentId = "catalog-stamp";

    public override string Type => DocumentTypes.CatalogStamp;

    public required string Stamp { get; init; }
}
