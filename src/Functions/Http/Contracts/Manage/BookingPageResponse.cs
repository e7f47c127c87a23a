namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>One page of bookings by start; pass <see cref="Continuation"/> back for the next (absent on the last page).</summary>
public sealed record BookingPageResponse(IReadOnlyList<ManagedBookingResponse> Items, string? Continuation);
