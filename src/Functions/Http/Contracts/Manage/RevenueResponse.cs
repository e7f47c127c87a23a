namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Money of one currency in minor units: confirmed and completed bookings (<see cref="BookedMinor"/>), the completed part, and the products in it.</summary>
public sealed record RevenueResponse(string Currency, long BookedMinor, long CompletedMinor, long ProductsMinor);
