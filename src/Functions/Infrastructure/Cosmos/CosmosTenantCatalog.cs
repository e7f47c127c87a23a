using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Loads a tenant with its services, active staff and products: the catalog stamp, the tenant (through the
/// directory when found by slug, and then only an active one) and three single-partition queries. The stamp is read first, so the
/// configuration is at least as new as the stamp it carries. A service or staff document that breaks
/// a rule is left out and logged, so one bad document never takes the tenant's public pages down; a
/// bad tenant document fails loudly.
/// </summary>
internal sealed partial class CosmosTenantCatalog(TenantDirectory directory, CosmosStore store, ICatalogStamps stamps, ILogger<CosmosTenantCatalog> logger)
    : ITenantCatalog
{
    private static readonly PartitionQuery ServicesByName = new(OrderBy: "c.name");
    private static readonly PartitionQuery ActiveStaff = new("c.active = true");
    private static readonly PartitionQuery ProductsByName = new(OrderBy: "c.name");

    public async Task<TenantConfiguration?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        await directory.FindTenantIdAsync(slug, cancellationToken) is { } tenantId ? await LoadAsync(tenantId, activeOnly: true, cancellationToken) : null;

    public Task<TenantConfiguration?> FindByIdAsync(string tenantId, CancellationToken cancellationToken) =>
        LoadAsync(tenantId, activeOnly: false, cancellationToken);

    private async Task<TenantConfiguration?> LoadAsync(string tenantId, bool activeOnly, CancellationToken cancellationToken)
    {
        var stamp = await stamps.ReadAsync(tenantId, cancellationToken);
        if (await store.ReadAsync<TenantDocument>(tenantId, tenantId, DocumentTypes.Tenant, cancellationToken) is not { } document
            || (activeOnly && !document.Active))
        {
            return null;
        }

        var services = store.QueryAsync<ServiceDocument>(tenantId, DocumentTypes.Service, ServicesByName, cancellationToken);
        var staff = store.QueryAsync<StaffDocument>(tenantId, DocumentTypes.Staff, ActiveStaff, cancellationToken);
        var products = store.QueryAsync<ProductDocument>(tenantId, DocumentTypes.Product, ProductsByName, cancellationToken);
        return new TenantConfiguration(
            StoredDocuments.Map(document, TenantMapper.ToDomain),
            Usable(await services, ServiceMapper.ToDomain),
            Usable(await staff, s => StaffMapper.ToDomain(s).Schedule),
            stamp,
            Usable(await products, ProductMapper.ToDomain));
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
