namespace AppointmentBooking.Domain.Dashboard;

/// <summary>The customers of a period's kept bookings: first-timers and those who had come (or were booked) before.</summary>
/// <param name="Total">Distinct customers.</param>
/// <param name="New">Customers without an earlier kept booking.</param>
/// <param name="Returning">Customers with one.</param>
public sealed record CustomerCounts(int Total, int New, int Returning);
