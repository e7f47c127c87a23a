namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>A product on a booking, at the name and price it was booked at.</summary>
public sealed record BookedProductResponse(string ProductId, string Name, int Quantity, MoneyResponse UnitPrice);
