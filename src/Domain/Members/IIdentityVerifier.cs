namespace AppointmentBooking.Domain.Members;

/// <summary>Checks bearer tokens against the identity providers the app trusts.</summary>
public interface IIdentityVerifier
{
    /// <summary>Verifies the token's signature, issuer, audience and lifetime, and reads who it speaks for.</summary>
    Task<IdentityCheck> VerifyAsync(string token, CancellationToken cancellationToken);
}
