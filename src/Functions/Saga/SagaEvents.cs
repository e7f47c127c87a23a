namespace AppointmentBooking.Functions.Saga;

/// <summary>Names of the external events the saga waits for.</summary>
public static class SagaEvents
{
    /// <summary>Raised by the payment webhook once the deposit is recorded as paid.</summary>
    public const string DepositPaid = nameof(DepositPaid);
}
