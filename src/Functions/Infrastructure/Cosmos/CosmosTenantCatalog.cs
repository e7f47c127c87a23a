using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Loads a tenant with its services and active staff: two point reads through the directory and two
/// single-partition queries. A service or staff document that breaks a rule is left out and logged,
/// so one bad document never takes the tenant's public pages down; a bad tenant document fails loudly.
/// </summary>
internal sealed partial class CosmosTenantCatalog(TenantDirectory directory, CosmosStore store, ILogger<CosmosTenantCatalog> logger)
    : ITenantCatalog
{
    private static readonly PartitionQuery ServicesByName = new(OrderBy: "c.name");
    private static readonly PartitionQuery ActiveStaff = new("c.active = true");

    public async Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        await directory.FindBySlugAsync(slug, cancellationToken) is { } document ? await LoadAsync(document, cancellationToken) : null;

    public async Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken) =>
        await store.ReadAsync<TenantDocument>(tenantId, tenantId, cancellationToken) is { } document ? await LoadAsync(document, cancellationToken) : null;

    private async Task<TenantConfiguration> LoadAsync(TenantDocument document, CancellationToken cancellationToken)
    {
        var services = store.QueryAsync<ServiceDocument>(document.TenantId, DocumentTypes.Service, ServicesByName, cancellationToken);
        var staff = store.QueryAsync<StaffDocument>(document.TenantId, DocumentTypes.Staff, ActiveStaff, cancellationToken);
        return new TenantConfiguration(
            MapTenant(document),
            Usable(await services, CatalogMapper.Service),
            Usable(await staff, CatalogMapper.Schedule));
    }

    private static Tenant MapTenant(TenantDocument document)
    {
        try
        {
            return CatalogMapper.Tenant(document);
        }
        catch (DomainValidationException exception)
        {
            throw new StoredDocumentException(document.Type, document.Id, document.TenantId, exception);
        }
    }

    private List<TDomain> Usable<TDocument, TDomain>(IEnumerable<TDocument> documents, Func<TDocument, TDomain> map)
        where TDocument : CosmosDocument
    {
        var usable = new List<TDomain>();
        foreach (var document in documents)
        {
            try
            {
                usable.Add(map(document));
            }
            catch (DomainValidationException exception)
            {
                LogUnusable(logger, document.Type, document.Id, document.TenantId, exception.Field, exception.Reason);
            }
        }

        return usable;
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Stored {DocumentType} {DocumentId} of tenant {TenantId} is left out: {Field} {Reason}")]
    private static partial void LogUnusable(ILogger logger, string documentType, string documentId, string tenantId, string field, string reason);
}
