namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>Who the booking is for; an e-mail address or an international phone number is required.</summary>
public sealed record CustomerRequest(string? Name, string? Email, string? Phone);
