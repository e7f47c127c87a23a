namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A page of an endpoint's deliveries, newest first; pass <see cref="Continuation"/> back for the next.</summary>
public sealed record DeliveryPageResponse(IReadOnlyList<DeliveryResponse> Items, string? Continuation);
