using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests.Alerts;

/// <summary>
/// A local Application Insights ingestion endpoint: it accepts the envelopes the Azure Monitor
/// exporter POSTs to <c>v2.1/track</c> (one JSON envelope per line, optionally gzip-compressed) and
/// keeps them, so a test sees the exact rows the exporter would write.
/// </summary>
internal sealed class FakeIngestion : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public FakeIngestion()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        Endpoint = $"http://127.0.0.1:{((IPEndPoint)socket.LocalEndpoint).Port}/";
        socket.Stop();
        listener.Prefixes.Add(Endpoint);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public ConcurrentQueue<JsonNode> Envelopes { get; } = new();

    public ConcurrentQueue<string> OtherRequests { get; } = new();

    public void Dispose()
    {
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
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
            var accepted = context.Request.Url!.AbsolutePath.EndsWith("/v2.1/track", StringComparison.Ordinal)
                ? Receive(context.Request)
                : Ignore(context.Request);
            response.StatusCode = (int)HttpStatusCode.OK;
            response.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes($$"""{"itemsReceived":{{accepted}},"itemsAccepted":{{accepted}},"errors":[]}""");
            await response.OutputStream.WriteAsync(body);
        }
    }

    private int Receive(HttpListenerRequest request)
    {
        Stream body = request.InputStream;
        if (string.Equals(request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(body, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            Envelopes.Enqueue(JsonNode.Parse(line)!);
        }

        return lines.Length;
    }

    private int Ignore(HttpListenerRequest request)
    {
        OtherRequests.Enqueue(request.HttpMethod + " " + request.Url!.AbsolutePath);
        return 0;
    }
}
