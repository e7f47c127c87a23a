namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Settings under <c>Cosmos:</c>. Without a key the client signs in with the managed identity.</summary>
public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    public string Database { get; set; } = "appointments";

    public string Container { get; set; } = "items";

    /// <summary>Create the database and container at start-up: for emulators and tests, never in Azure.</summary>
    public bool CreateIfMissing { get; set; }
}
