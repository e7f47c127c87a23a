using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of units held for a booking.</summary>
public sealed record StockReservationDocument(string BookingId, int Quantity, Instant? ExpiresAt);
