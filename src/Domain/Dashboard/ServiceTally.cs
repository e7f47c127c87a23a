namespace AppointmentBooking.Domain.Dashboard;

/// <summary>How often a service was booked in a period (holds that lapsed and cancellations left out), and what it brought in.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Bookings">Its kept bookings.</param>
/// <param name="RevenueMinor">Their prices, in minor units of <paramref name="Currency"/>.</param>
/// <param name="Currency">The currency of its prices.</param>
public sealed record ServiceTally(string ServiceId, int Bookings, long RevenueMinor, string Currency);
