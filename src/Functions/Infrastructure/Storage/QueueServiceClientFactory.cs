using Azure.Identity;
using Azure.Storage.Queues;

namespace AppointmentBooking.Functions.Infrastructure.Storage;

/// <summary>Builds the QueueServiceClient from <see cref="StorageOptions"/>.</summary>
internal static class QueueServiceClientFactory
{
    public static QueueServiceClient Create(StorageOptions options)
    {
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrEmpty(options.ConnectionString))
        {
            return new QueueServiceClient(options.ConnectionString, clientOptions);
        }

        var uri = options.QueueServiceUri
            ?? throw new InvalidOperationException("Set Storage:ConnectionString or Storage:QueueServiceUri.");
        return new QueueServiceClient(uri, new DefaultAzureCredential(), clientOptions);
    }
}
