namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// Body of <c>POST /tenants/{slug}/bookings</c>. <see cref="StaffId"/> may be <c>any</c>;
/// <see cref="Start"/> is an ISO 8601 date-time with offset, as the slots endpoint returns it.
/// </summary>
public sealed record CreateBookingRequest(string? ServiceId, string? StaffId, string? Start, CustomerRequest? Customer);
