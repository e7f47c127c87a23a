using System.Security.Claims;
using AppointmentBooking.Functions.Infrastructure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace AppointmentBooking.LocalHost.Identity;

/// <summary>
/// Mints tokens of the development issuer (<c>Auth:Development:*</c>), for the local host and tests:
/// signed HS256 with the configured secret, for the configured audience. A subject that looks like an
/// e-mail address is also the token's verified e-mail, so it can accept an invitation to that address.
/// </summary>
public static class DevelopmentTokens
{
    public static readonly Duration DefaultLifetime = Duration.FromHours(8);

    public static string Mint(AuthOptions options, string subject, Instant now, Duration? lifetime = null, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Development.IsEnabled)
        {
            throw new InvalidOperationException("The development issuer is off: set Auth:Development:Issuer and Auth:Development:SigningKey.");
        }

        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if ((email ?? (subject.Contains('@', StringComparison.Ordinal) ? subject : null)) is { } address)
        {
            claims["email"] = address;
            claims["email_verified"] = true;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Development.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = (now + (lifetime ?? DefaultLifetime)).ToDateTimeUtc(),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(options.Development.SigningKeyBytes()), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The command line <c>mint-token &lt;subject&gt;</c>: prints a token for the subject, or how to call it.</summary>
    public static int Run(IConfiguration configuration, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (arguments is not [var subject, ..] || string.IsNullOrWhiteSpace(subject))
        {
            Console.Error.WriteLine("usage: dotnet run --project src/LocalHost -- mint-token <subject> (e.g. owner@demo-salon.test)");
            return 2;
        }

        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        Console.WriteLine(Mint(options, subject, SystemClock.Instance.GetCurrentInstant()));
        return 0;
    }
}
