namespace AppointmentBooking.LocalHost.Emulators;

/// <summary>How the app reaches a set of running emulators, as configuration keys.</summary>
public sealed record EmulatorEndpoints(EmulatorPorts Ports)
{
    /// <summary>The fixed development key every Cosmos emulator accepts; the local server ignores keys.</summary>
    public const string CosmosKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    /// <summary>Azurite's well-known development account.</summary>
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public Uri CosmosEndpoint => new($"https://127.0.0.1:{Ports.Cosmos}/");

    /// <summary>The mail server's web UI (and its REST API), where a person or a test reads what the app sent.</summary>
    public Uri MailWebUi => new($"http://127.0.0.1:{Ports.MailWeb}/");

    public string StorageConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{Ports.Blob}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{Ports.Queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{Ports.Table}/devstoreaccount1;";

    public IReadOnlyDictionary<string, string?> ToConfiguration() => new Dictionary<string, string?>
    {
        ["Cosmos:Endpoint"] = CosmosEndpoint.ToString(),
        ["Cosmos:Key"] = CosmosKey,
        ["Storage:ConnectionString"] = StorageConnectionString,
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Ports.Smtp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
    };
}
