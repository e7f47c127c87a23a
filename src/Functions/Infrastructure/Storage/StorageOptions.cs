namespace AppointmentBooking.Functions.Infrastructure.Storage;

/// <summary>
/// Settings under <c>Storage:</c>: a connection string locally (Azurite), or the queue endpoint in
/// Azure, where the app signs in with its managed identity.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? QueueServiceUri { get; set; }
}
