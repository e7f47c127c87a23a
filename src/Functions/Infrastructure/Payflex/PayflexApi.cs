using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Payflex;

/// <summary>
/// Payflex's merchant API with a bearer token (<see cref="PayflexTokens"/>): create an order
/// (<c>POST /order/productSelect</c>, the path Payflex's own plugins call), read one (<c>GET /order/{id}</c>),
/// refund one (<c>POST /order/{id}/refund</c>). A refused token is fetched again once. Errors carry
/// <c>message</c> and <c>errorCode</c> (shape UNCONFIRMED; read leniently).
/// </summary>
internal sealed class PayflexApi(IHttpClientFactory http, PayflexTokens tokens, IOptions<PayflexOptions> options)
{
    public const string ClientName = "Payflex";

    public Task<JsonNode> CreateOrderAsync(GatewaySecrets secrets, JsonObject order, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "order/productSelect", secrets, order, cancellationToken);

    public Task<JsonNode> OrderAsync(GatewaySecrets secrets, string orderId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"order/{Uri.EscapeDataString(orderId)}", secrets, null, cancellationToken);

    public Task<JsonNode> RefundAsync(GatewaySecrets secrets, string orderId, JsonObject refund, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"order/{Uri.EscapeDataString(orderId)}/refund", secrets, refund, cancellationToken);

    /// <exception cref="GatewayRefusedException">Payflex answered 4xx.</exception>
    private async Task<JsonNode> SendAsync(HttpMethod method, string path, GatewaySecrets secrets, JsonObject? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, new Uri(options.Value.ApiBase, path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.TokenAsync(secrets, cancellationToken));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
            {
                tokens.Forget(secrets);
                continue;
            }

            var answer = await JsonAnswers.ReadAsync(response, cancellationToken);
            return response.IsSuccessStatusCode
                ? answer ?? new JsonObject()
                : throw new GatewayRefusedException(PaymentGatewayKind.Payflex, (int)response.StatusCode,
                    answer?["message"]?.ToString() ?? answer?["response"]?["message"]?.ToString() ?? "no reason given");
        }
    }
}
