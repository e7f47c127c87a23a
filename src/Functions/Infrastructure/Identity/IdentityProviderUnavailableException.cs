namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>An issuer's signing keys could not be fetched, so its tokens cannot be checked now.</summary>
public sealed class IdentityProviderUnavailableException : Exception
{
    public IdentityProviderUnavailableException()
    {
    }

    public IdentityProviderUnavailableException(string message)
        : base(message)
    {
    }

    public IdentityProviderUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
