namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>A product customers can add to a booking; <see cref="Available"/> is false while none is left.</summary>
public sealed record ProductResponse(string Id, string Name, string? Description, MoneyResponse Price, bool Available);
