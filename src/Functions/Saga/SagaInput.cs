namespace AppointmentBooking.Functions.Saga;

/// <summary>
/// The orchestration's input: everything it decides on, fixed when it starts, so every replay takes
/// the same path. Times are UTC <see cref="DateTime"/>s, the orchestration clock's own type.
/// </summary>
/// <param name="HoldExpiresAt">When the hold lapses unless the deposit is paid; null when no deposit is due.</param>
/// <param name="FirstRetrySeconds">The retry policy's first wait, from <see cref="SagaOptions"/>.</param>
/// <param name="MaxAttempts">The retry policy's tries in all, from <see cref="SagaOptions"/>.</param>
public sealed record SagaInput(string TenantId, string BookingId, DateTime? HoldExpiresAt, double FirstRetrySeconds, int MaxAttempts);
