namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of a product on a booking; the currency is the booking's.</summary>
public sealed record BookedProductDocument(string ProductId, string Name, int Quantity, long UnitPriceMinor);
