namespace AppointmentBooking.Functions.Saga;

/// <summary>The saga's custom status: the step it is at, or the end it reached. Clients read it with the booking.</summary>
public sealed record SagaStep(string Step)
{
    public static readonly SagaStep AwaitingDeposit = new("awaiting-deposit");
    public static readonly SagaStep CheckingPayment = new("checking-payment");
    public static readonly SagaStep Confirming = new("confirming");
    public static readonly SagaStep SyncingCalendar = new("syncing-calendar");
    public static readonly SagaStep Notifying = new("notifying");
    public static readonly SagaStep Compensating = new("compensating");
    public static readonly SagaStep Completed = new("completed");
    public static readonly SagaStep Expired = new("expired");
    public static readonly SagaStep Undone = new("undone");
    public static readonly SagaStep Refunded = new("refunded");
}
