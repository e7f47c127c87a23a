using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AppointmentBooking.Infra.Tests.Hooks;

/// <summary>One request the fake received.</summary>
internal sealed record ArmCall(string Method, string Path, string? Authorization);

/// <summary>A secret as the fake vault holds it.</summary>
internal sealed record StoredSecret(string Value, string? ContentType);

/// <summary>
/// A local stand-in for the two Azure Resource Manager operations the deploy hooks use, shaped as
/// documented: Key Vault secrets (GET without the value, PUT create-or-update) at
/// https://learn.microsoft.com/rest/api/keyvault/keyvault/secrets and the App Service
/// config/configreferences/appsettings/refresh action.
/// </summary>
internal sealed partial class FakeResourceManager : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public FakeResourceManager()
    {
        Endpoint = $"http://127.0.0.1:{FreePort()}";
        listener.Prefixes.Add(Endpoint + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public ConcurrentDictionary<string, StoredSecret> Secrets { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<ArmCall> Calls { get; } = new();

    /// <summary>When set, every secret read answers this status (a missing role, a throttled call).</summary>
    public HttpStatusCode? RefuseReadsWith { get; set; }

    public int Refreshes => Calls.Count(c => c.Method == "POST" && c.Path.EndsWith("/config/configreferences/appsettings/refresh", StringComparison.Ordinal));

    public List<ArmCall> Writes => Calls.Where(c => c.Method == "PUT").ToList();

    public void Dispose()
    {
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var response = context.Response;
            var (status, body) = Handle(context.Request);
            response.StatusCode = (int)status;
            response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    private (HttpStatusCode, JsonNode) Handle(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        Calls.Enqueue(new ArmCall(request.HttpMethod, path, request.Headers["Authorization"]));
        if (request.QueryString["api-version"] is null)
        {
            return Error(HttpStatusCode.BadRequest, "MissingApiVersionParameter");
        }

        if (SecretPath().Match(path) is { Success: true } secret)
        {
            return HandleSecret(request, secret.Groups["name"].Value);
        }

        return request.HttpMethod == "POST" && RefreshPath().IsMatch(path)
            ? (HttpStatusCode.OK, new JsonObject())
            : Error(HttpStatusCode.NotFound, "NoRoute");
    }

    private (HttpStatusCode, JsonNode) HandleSecret(HttpListenerRequest request, string name)
    {
        switch (request.HttpMethod)
        {
            case "GET" when RefuseReadsWith is { } refusal:
                return Error(refusal, "AuthorizationFailed");
            case "GET":
                return Secrets.TryGetValue(name, out var stored)
                    ? (HttpStatusCode.OK, new JsonObject { ["name"] = name, ["properties"] = new JsonObject { ["contentType"] = stored.ContentType } })
                    : Error(HttpStatusCode.NotFound, "ResourceNotFound");
            case "PUT":
                using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
                {
                    var properties = JsonNode.Parse(reader.ReadToEnd())!["properties"]!;
                    var created = Secrets.TryAdd(name, new StoredSecret((string)properties["value"]!, (string?)properties["contentType"]));
                    if (!created)
                    {
                        Secrets[name] = new StoredSecret((string)properties["value"]!, (string?)properties["contentType"]);
                    }

                    return (created ? HttpStatusCode.Created : HttpStatusCode.OK, new JsonObject { ["name"] = name });
                }

            default:
                return Error(HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
        }
    }

    private static (HttpStatusCode, JsonNode) Error(HttpStatusCode status, string code) =>
        (status, JsonSerializer.SerializeToNode(new { error = new { code, message = code } })!);

    [GeneratedRegex("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.KeyVault/vaults/[^/]+/secrets/(?<name>[^/]+)$")]
    private static partial Regex SecretPath();

    [GeneratedRegex("^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.Web/sites/[^/]+/config/configreferences/appsettings/refresh$")]
    private static partial Regex RefreshPath();
}
