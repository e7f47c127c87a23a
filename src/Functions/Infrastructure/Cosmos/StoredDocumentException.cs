namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// A stored document breaks a domain rule, so the app cannot use it. It is the operator's problem, not
/// the caller's: it surfaces as a logged 500, never as a 400 naming a field the caller never sent.
/// </summary>
public sealed class StoredDocumentException : Exception
{
    public StoredDocumentException(string documentType, string documentId, string tenantId, Exception innerException)
        : base($"Stored {documentType} '{documentId}' of tenant '{tenantId}' is invalid: {innerException?.Message}", innerException)
    {
    }

    public StoredDocumentException()
    {
    }

    public StoredDocumentException(string message)
        : base(message)
    {
    }

    public StoredDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
