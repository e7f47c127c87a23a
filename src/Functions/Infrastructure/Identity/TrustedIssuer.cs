using Microsoft.IdentityModel.Tokens;

namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>An issuer whose tokens the API accepts: its name, the algorithms it signs with and its current keys.</summary>
internal abstract class TrustedIssuer(string issuer)
{
    public string Issuer { get; } = issuer;

    /// <summary>Only these algorithms are accepted from this issuer, so a token cannot pick a weaker one (or "none").</summary>
    public abstract IReadOnlyList<string> Algorithms { get; }

    /// <exception cref="IdentityProviderUnavailableException">The keys were never fetched and cannot be fetched now.</exception>
    public abstract Task<IReadOnlyList<SecurityKey>> KeysAsync(CancellationToken cancellationToken);

    /// <summary>Fetches the keys again after a token named a key id none of them has; false when nothing new can be had.</summary>
    public abstract Task<bool> RefreshAsync(CancellationToken cancellationToken);
}
