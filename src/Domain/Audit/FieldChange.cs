namespace AppointmentBooking.Domain.Audit;

/// <summary>One field a change touched, as text before and after; null where the field was absent.</summary>
/// <param name="Field">The field, in the API's spelling (for example <c>priceMinor</c>).</param>
/// <param name="Before">The value before the change.</param>
/// <param name="After">The value after the change.</param>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    /// <summary>The fields whose values differ between two descriptions of the same resource, in field order.</summary>
    public static IReadOnlyList<FieldChange> Between(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(field => new FieldChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(change => change.Before != change.After)];
    }
}
