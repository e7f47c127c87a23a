namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Who a booking is for.</summary>
public sealed record CustomerResponse(string Name, string? Email, string? Phone);
