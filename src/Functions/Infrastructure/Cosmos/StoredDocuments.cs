using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps a stored document to its domain form; a document that breaks a domain rule is the operator's problem, not the caller's.</summary>
internal static class StoredDocuments
{
    /// <exception cref="StoredDocumentException">The document breaks a domain rule.</exception>
    public static TDomain Map<TDocument, TDomain>(TDocument document, Func<TDocument, TDomain> map)
        where TDocument : CosmosDocument
    {
        try
        {
            return map(document);
        }
        catch (DomainValidationException exception)
        {
            throw new StoredDocumentException(document.Type, document.Id, document.TenantId, exception);
        }
    }
}
