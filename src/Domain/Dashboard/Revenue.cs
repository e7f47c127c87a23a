namespace AppointmentBooking.Domain.Dashboard;

/// <summary>The money of a period's bookings in one currency, in minor units.</summary>
/// <param name="Currency">The ISO 4217 currency.</param>
/// <param name="BookedMinor">Services and products of bookings that are confirmed or took place.</param>
/// <param name="CompletedMinor">The part of <paramref name="BookedMinor"/> whose appointments took place.</param>
/// <param name="ProductsMinor">The part of <paramref name="BookedMinor"/> that is products.</param>
public sealed record Revenue(string Currency, long BookedMinor, long CompletedMinor, long ProductsMinor);
