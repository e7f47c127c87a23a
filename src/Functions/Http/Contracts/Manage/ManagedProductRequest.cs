namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A product as managers write it: price in minor units of the tenant's currency; without <see cref="Stock"/> stock is not tracked.</summary>
public sealed record ManagedProductRequest(string? Name, string? Description, long? PriceMinor, int? Stock, bool? Active);
