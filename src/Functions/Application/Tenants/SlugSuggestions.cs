using System.Globalization;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>Free slugs like a taken one: the slug with a number after it, checked in parallel.</summary>
public sealed class SlugSuggestions(ITenantRegistry tenants)
{
    private const int Wanted = 3;
    private const int Candidates = 8;
    private const int MaxSlugLength = 63;

    public async Task<IReadOnlyList<string>> ForAsync(string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var stem = slug.Length > MaxSlugLength - 3 ? slug[..(MaxSlugLength - 3)].TrimEnd('-') : slug;
        var candidates = Enumerable.Range(2, Candidates).Select(n => string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}")).ToList();
        var owners = await Task.WhenAll(candidates.Select(c => tenants.FindSlugOwnerAsync(c, cancellationToken)));
        return [.. candidates.Where((_, i) => owners[i] is null).Take(Wanted)];
    }
}
