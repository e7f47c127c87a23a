using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Members;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>The index keys of a person: hashes, so the directory partition holds no e-mail address or subject in the clear.</summary>
internal static class MembershipKeys
{
    public static string Of(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.HasJoined ? Identity(member.Issuer!, member.Subject!) : Email(member.Email!);
    }

    public static IEnumerable<string> Of(Domain.Members.Identity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        yield return Identity(identity.Issuer, identity.Subject);
        if (identity.VerifiedEmail is { } email)
        {
            yield return Email(email);
        }
    }

    private static string Identity(string issuer, string subject) => "id-" + Hash($"{issuer}\n{subject}");

    private static string Email(string email) => "em-" + Hash(email);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
