namespace AppointmentBooking.Functions.Application.Events;

/// <summary>A product on a booking.</summary>
public sealed record ProductLinePayload(string ProductId, string Name, int Quantity, AmountPayload UnitPrice);
