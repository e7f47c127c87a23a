namespace AppointmentBooking.Functions.Queues;

/// <summary>
/// The app's Storage queues. Every constant here except <see cref="PoisonSuffix"/> is a queue, and
/// they are exactly the list in infra/queues.json, which the deployment provisions (Infra.Tests
/// checks both ways). Names leave room for the host's <c>-poison</c> suffix.
/// </summary>
public static class QueueNames
{
    public const string Customers = "customers";

    public const string PoisonSuffix = "-poison";
}
