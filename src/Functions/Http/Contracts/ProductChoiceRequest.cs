namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>A product to add to a booking: its id and how many (1 to 99).</summary>
public sealed record ProductChoiceRequest(string? ProductId, int? Quantity);
