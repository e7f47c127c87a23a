namespace AppointmentBooking.LocalHost.Emulators;

/// <summary>
/// The local host's emulators: reused when already listening on the configured ports, started
/// (and stopped again on exit) otherwise, skipped when real endpoints are configured.
/// </summary>
public sealed class LocalEmulators : IAsyncDisposable
{
    private readonly RunningEmulators? started;

    private LocalEmulators(IReadOnlyDictionary<string, string?> settings, RunningEmulators? started)
    {
        Settings = settings;
        this.started = started;
    }

    /// <summary>Configuration entries that point the app at the emulators.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<LocalEmulators> StartIfNeededAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Emulators:Start") || !string.IsNullOrEmpty(configuration["Cosmos:Endpoint"]))
        {
            return new LocalEmulators(new Dictionary<string, string?>(), null);
        }

        var ports = new EmulatorPorts(
            configuration.GetValue<int>("Emulators:BlobPort"),
            configuration.GetValue<int>("Emulators:QueuePort"),
            configuration.GetValue<int>("Emulators:TablePort"),
            configuration.GetValue<int>("Emulators:CosmosPort"),
            configuration.GetValue<int>("Emulators:SmtpPort"),
            configuration.GetValue<int>("Emulators:MailWebPort"));
        if (await RunningEmulators.AreListeningAsync(ports))
        {
            Console.WriteLine("Emulators already listening; reusing them.");
            return Started(new EmulatorEndpoints(ports), null);
        }

        Console.WriteLine("Starting Azurite, the Cosmos DB emulator and the mail server...");
        var running = await RunningEmulators.StartAsync(ports, cancellationToken);
        return Started(running.Endpoints, running);
    }

    private static LocalEmulators Started(EmulatorEndpoints endpoints, RunningEmulators? running)
    {
        Console.WriteLine($"Mail server: the app's e-mails (with their calendar invites) are at {endpoints.MailWebUi}");
        return new LocalEmulators(endpoints.ToConfiguration(), running);
    }

    public ValueTask DisposeAsync() => started?.DisposeAsync() ?? ValueTask.CompletedTask;
}
