namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// Bookings per status now (every status present), and the rates: no-shows over appointments that were
/// due (completed plus no-shows), cancellations over bookings made (lapsed holds aside); null when there
/// was nothing to divide by.
/// </summary>
public sealed record DashboardBookingsResponse(int Total, IReadOnlyDictionary<string, int> ByStatus, double? NoShowRate, double? CancellationRate);
