using Microsoft.IdentityModel.Tokens;

namespace AppointmentBooking.Functions.Infrastructure.Identity;

/// <summary>The development issuer: one shared HS256 secret from settings; nothing to fetch.</summary>
internal sealed class DevelopmentIssuer(DevelopmentIssuerOptions options) : TrustedIssuer(options.Issuer)
{
    private readonly IReadOnlyList<SecurityKey> keys = [new SymmetricSecurityKey(options.SigningKeyBytes())];

    public override IReadOnlyList<string> Algorithms { get; } = [SecurityAlgorithms.HmacSha256];

    public override Task<IReadOnlyList<SecurityKey>> KeysAsync(CancellationToken cancellationToken) => Task.FromResult(keys);

    public override Task<bool> RefreshAsync(CancellationToken cancellationToken) => Task.FromResult(false);
}
