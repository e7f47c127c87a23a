namespace AppointmentBooking.Functions.Queues;

/// <summary>
/// The app's Storage queues. Names leave room for the host's <c>-poison</c> suffix; infra/main.bicep
/// provisions the same list.
/// </summary>
public static class QueueNames
{
    public const string Customers = "customers";

    public const string PoisonSuffix = "-poison";
}
