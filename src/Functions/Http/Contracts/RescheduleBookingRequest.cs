namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>Body of the reschedule call; without <see cref="StaffId"/> the same staff member keeps the booking.</summary>
public sealed record RescheduleBookingRequest(string? Start, string? StaffId);
