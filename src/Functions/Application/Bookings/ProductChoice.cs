namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A product the customer adds to a booking, and how many.</summary>
public sealed record ProductChoice(string ProductId, int Quantity);
