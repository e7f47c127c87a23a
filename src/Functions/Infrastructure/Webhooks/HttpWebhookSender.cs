using System.Net;
using System.Net.Sockets;
using System.Text;
using AppointmentBooking.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Webhooks;

/// <summary>
/// Posts deliveries with an HttpClient whose connections are made here: the host is resolved and each
/// address is checked against TargetAddresses right before connecting, so neither a URL stored earlier
/// nor a DNS answer that changed since can reach a private address. No redirects are followed (a 3xx
/// is the endpoint's answer), nothing is retried here (the delivery's schedule does that), and only the
/// start of the answer is read.
/// </summary>
internal sealed class HttpWebhookSender : IWebhookSender, IDisposable
{
    public const int ExcerptChars = 1000;
    private readonly HttpClient client;

    public HttpWebhookSender(IOptions<WebhookTargetOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => new ValueTask<Stream>(ConnectAsync(context.DnsEndPoint, settings.AllowPrivateTargets, cancellationToken)),
        };
        client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) };
    }

    public async Task<WebhookAnswer> PostAsync(WebhookPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        using var request = new HttpRequestMessage(HttpMethod.Post, post.Url) { Content = new StringContent(post.Body, Encoding.UTF8, "application/json") };
        request.Headers.UserAgent.ParseAdd("AppointmentBooking-Webhooks/1.0");
        foreach (var (name, value) in post.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return new WebhookAnswer((int)response.StatusCode, null, await ExcerptAsync(response, cancellationToken));
        }
        catch (HttpRequestException exception)
        {
            return new WebhookAnswer(null, exception.InnerException is RefusedTargetException refused ? refused.Message : $"Connection failed: {exception.HttpRequestError}.", null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAnswer(null, $"No answer within {client.Timeout.TotalSeconds} seconds.", null);
        }
    }

    public void Dispose() => client.Dispose();

    private static async Task<Stream> ConnectAsync(DnsEndPoint target, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(target.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(target.Host, cancellationToken);
        if (!allowPrivate && Array.Find(addresses, a => !TargetAddresses.IsPublic(a)) is { } refused)
        {
            throw new RefusedTargetException($"Refused: '{target.Host}' resolves to {refused}, which is not a public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, target.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        var buffer = new char[ExcerptChars];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read);
    }
}
