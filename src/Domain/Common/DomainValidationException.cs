namespace AppointmentBooking.Domain.Common;

/// <summary>
/// Thrown when configuration or input violates a domain invariant. <see cref="Field"/> names the
/// offending field so the HTTP layer can answer 400/422 with the field instead of a 500.
/// </summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>Creates the exception for one field.</summary>
    /// <param name="field">The field at fault, in the camelCase spelling the API uses.</param>
    /// <param name="message">What is wrong with it, safe to show to the caller.</param>
    public DomainValidationException(string field, string message)
        : base($"{field}: {message}")
    {
        Field = field;
        Reason = message;
    }

    /// <summary>Creates the exception without a specific field.</summary>
    public DomainValidationException()
        : this("value", "is invalid")
    {
    }

    /// <summary>Creates the exception without a specific field.</summary>
    public DomainValidationException(string message)
        : this("value", message)
    {
    }

    /// <summary>Creates the exception without a specific field, wrapping a cause.</summary>
    public DomainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "value";
        Reason = message;
    }

    /// <summary>The field at fault (camelCase), e.g. <c>bufferBefore</c> or <c>shifts</c>.</summary>
    public string Field { get; }

    /// <summary>The problem with the field, without the field name.</summary>
    public string Reason { get; }
}
