using System.Text.RegularExpressions;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>
/// A tenant's own credentials for its chosen gateway (a merchant key, an API secret), each sealed by
/// the application. They are write-only: set, replaced or removed by name, and only their names are
/// ever shown. The gateway adapters open them; the domain never sees a plain value.
/// </summary>
public sealed partial record GatewayCredentials
{
    private const int MaxCredentials = 10;
    private readonly SortedDictionary<string, SealedSecret> sealedByName;

    /// <summary>Creates the set; a credential name is 1–40 letters and digits, starting with a letter.</summary>
    public GatewayCredentials(IReadOnlyDictionary<string, SealedSecret>? credentials = null)
    {
        sealedByName = new SortedDictionary<string, SealedSecret>(StringComparer.Ordinal);
        foreach (var (name, secret) in credentials ?? new Dictionary<string, SealedSecret>())
        {
            Preconditions.CheckArgument(IsCredentialName(name), "payments.credentials", $"'{Shorten(name)}' is not a credential name (1-40 letters and digits).");
            sealedByName[name] = Preconditions.CheckNotNull(secret, $"payments.credentials.{name}");
        }

        Preconditions.CheckArgument(sealedByName.Count <= MaxCredentials, "payments.credentials", $"may hold at most {MaxCredentials} entries.");
    }

    /// <summary>No credentials.</summary>
    public static GatewayCredentials None { get; } = new();

    /// <summary>The sealed credentials by name.</summary>
    public IReadOnlyDictionary<string, SealedSecret> Sealed => sealedByName;

    /// <summary>The set after <paramref name="changes"/>: a value sets or replaces a credential, null removes it, an unnamed one is kept.</summary>
    public GatewayCredentials With(IReadOnlyDictionary<string, SealedSecret?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var next = new Dictionary<string, SealedSecret>(sealedByName);
        foreach (var (name, secret) in changes)
        {
            if (secret is null)
            {
                next.Remove(name);
            }
            else
            {
                next[name] = secret;
            }
        }

        return new GatewayCredentials(next);
    }

    /// <summary>Whether <paramref name="name"/> can name a credential: 1–40 letters and digits, starting with a letter.</summary>
    public static bool IsCredentialName(string name) => name is not null && CredentialName().IsMatch(name);

    /// <summary>Whether both hold the same names with the same sealed values.</summary>
    public bool Equals(GatewayCredentials? other) =>
        other is not null && sealedByName.Count == other.sealedByName.Count
        && sealedByName.All(c => other.sealedByName.TryGetValue(c.Key, out var value) && value == c.Value);

    /// <inheritdoc />
    public override int GetHashCode() => sealedByName.Count;

    private static string Shorten(string name) => name.Length <= 40 ? name : name[..40] + "...";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex CredentialName();
}
