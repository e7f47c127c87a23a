namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Cancels a booking for the business; <see cref="Refund"/> says whether the deposit goes back to the customer.</summary>
public sealed record CancelByBusinessRequest(bool? Refund);
