namespace AppointmentBooking.Functions.Saga;

/// <summary>Names of the external events the saga waits for.</summary>
public static class SagaEvents
{
    /// <summary>Raised once the hold may go ahead: the deposit is recorded as paid, or the business confirmed the booking.</summary>
    public const string HoldCleared = nameof(HoldCleared);
}
