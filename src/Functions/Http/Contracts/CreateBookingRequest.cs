namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>
/// Body of <c>POST /tenants/{slug}/bookings</c>. <see cref="StaffId"/> may be <c>any</c>;
/// <see cref="Start"/> is an ISO 8601 date-time with offset, as the slots endpoint returns it.
/// <see cref="Products"/> are optional; <see cref="ProductCharge"/> is <c>atAppointment</c> (the default)
/// or <c>withDeposit</c> (paid up front in the deposit checkout).
/// </summary>
public sealed record CreateBookingRequest(
    string? ServiceId, string? StaffId, string? Start, CustomerRequest? Customer, List<ProductChoiceRequest>? Products = null, string? ProductCharge = null);
