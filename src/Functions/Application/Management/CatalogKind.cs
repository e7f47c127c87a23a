namespace AppointmentBooking.Functions.Application.Management;

/// <summary>How a kind of catalog resource is named and described in the audit trail.</summary>
/// <param name="Name">The kind in audit actions, for example <c>service</c> (<c>service.replace</c>).</param>
/// <param name="Collection">The collection in audit resources and URLs, for example <c>services</c>.</param>
/// <param name="Id">The resource's id.</param>
/// <param name="Describe">The resource's fields as text, for the trail's before and after.</param>
public sealed record CatalogKind<T>(string Name, string Collection, Func<T, string> Id, Func<T, IReadOnlyDictionary<string, string?>> Describe);
