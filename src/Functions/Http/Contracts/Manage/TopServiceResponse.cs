namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A service among the most booked: its kept bookings and their prices.</summary>
public sealed record TopServiceResponse(string ServiceId, string? Name, int Bookings, MoneyResponse Revenue);
