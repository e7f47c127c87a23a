using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Payflex;

/// <summary>
/// Payflex access tokens by OAuth client credentials (https://docs.payflex.co.za/, "Authentication"; the
/// hosts and audiences of Payflex's own WooCommerce plugin and Magento module): one per tenant's client id,
/// kept until two minutes before it expires (as Payflex's plugin does) and dropped when the API refuses it.
/// </summary>
internal sealed class PayflexTokens(IHttpClientFactory http, IOptions<PayflexOptions> options, IClock clock)
{
    private static readonly Duration Margin = Duration.FromMinutes(2);
    private readonly ConcurrentDictionary<string, (string Token, Instant Until)> tokens = new(StringComparer.Ordinal);

    public async Task<string> TokenAsync(GatewaySecrets secrets, CancellationToken cancellationToken)
    {
        var clientId = secrets[PayflexGateway.ClientId];
        var now = clock.GetCurrentInstant();
        if (tokens.TryGetValue(clientId, out var kept) && kept.Until > now)
        {
            return kept.Token;
        }

        using var response = await http.CreateClient(PayflexApi.ClientName).PostAsJsonAsync(options.Value.AuthUrl, new JsonObject
        {
            ["client_id"] = clientId,
            ["client_secret"] = secrets[PayflexGateway.ClientSecret],
            ["audience"] = options.Value.Audience,
            ["grant_type"] = "client_credentials",
        }, cancellationToken);
        var answer = await JsonAnswers.ReadAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode || answer?["access_token"]?.ToString() is not { Length: > 0 } token)
        {
            throw new GatewayRefusedException(PaymentGatewayKind.Payflex, (int)response.StatusCode, "Payflex refused the tenant's client credentials.");
        }

        var lifetime = answer["expires_in"] is JsonValue value && value.TryGetValue<long>(out var seconds) ? Duration.FromSeconds(seconds) : Duration.Zero;
        tokens[clientId] = (token, now + lifetime - Margin);
        return token;
    }

    public void Forget(GatewaySecrets secrets) => tokens.TryRemove(secrets[PayflexGateway.ClientId], out _);
}
