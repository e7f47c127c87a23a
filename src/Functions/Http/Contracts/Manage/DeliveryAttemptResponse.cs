namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>One try of a delivery: the endpoint's status (or why none came), how long it took, and the start of its answer.</summary>
public sealed record DeliveryAttemptResponse(int Number, string At, int? StatusCode, string? Error, long DurationMs, string? ResponseExcerpt);
