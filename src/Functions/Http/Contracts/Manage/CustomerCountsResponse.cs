namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Distinct customers of kept bookings; returning ones had a kept booking before the period.</summary>
public sealed record CustomerCountsResponse(int Total, int New, int Returning);
