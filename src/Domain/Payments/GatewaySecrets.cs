namespace AppointmentBooking.Domain.Payments;

/// <summary>
/// A tenant's credentials for one gateway, opened for the adapter that uses them. Only names are
/// ever shown: <see cref="ToString"/> lists them, and a missing one is named, never a value.
/// </summary>
public sealed class GatewaySecrets
{
    private readonly Dictionary<string, string> values;

    /// <summary>Holds the given credentials by name; blank values count as absent.</summary>
    public GatewaySecrets(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.values = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }

    /// <summary>No credentials.</summary>
    public static GatewaySecrets None { get; } = new(new Dictionary<string, string>());

    /// <summary>The value of <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The tenant has not set it.</exception>
    public string this[string name] =>
        values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The credential '{name}' is not set.");

    /// <summary>Whether every one of <paramref name="names"/> is set.</summary>
    public bool HasAll(IEnumerable<string> names) => names.All(values.ContainsKey);

    /// <inheritdoc />
    public override string ToString() => $"GatewaySecrets({string.Join(", ", values.Keys.Order(StringComparer.Ordinal))})";
}
