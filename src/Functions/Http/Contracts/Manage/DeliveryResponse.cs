namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>One event's delivery to an endpoint: <c>pending</c>, <c>delivered</c>, <c>failed</c> (retries ran out) or <c>abandoned</c> (endpoint removed or disabled).</summary>
public sealed record DeliveryResponse(string Id, string EventId, string Type, string State, string CreatedAt, IReadOnlyList<DeliveryAttemptResponse> Attempts);
