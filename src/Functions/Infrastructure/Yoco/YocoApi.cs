using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Yoco;

/// <summary>
/// Yoco's Checkout API with the tenant's secret key as bearer token (https://developer.yoco.com/docs/checkout-api/authentication):
/// create a checkout, read it, refund it. Writes carry an <c>Idempotency-Key</c>, which Yoco answers
/// with the first response for 24 hours (https://developer.yoco.com/docs/checkout-api/idempotency), so
/// they are safe to retry.
/// </summary>
internal sealed class YocoApi(IHttpClientFactory http, IOptions<YocoOptions> options)
{
    public const string ClientName = "Yoco";

    public Task<JsonNode> CreateCheckoutAsync(string secretKey, JsonObject checkout, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "api/checkouts", secretKey, checkout, idempotencyKey, cancellationToken);

    public Task<JsonNode> CheckoutAsync(string secretKey, string checkoutId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"api/checkouts/{Uri.EscapeDataString(checkoutId)}", secretKey, null, null, cancellationToken);

    public Task<JsonNode> RefundAsync(string secretKey, string checkoutId, JsonObject refund, string idempotencyKey, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"api/checkouts/{Uri.EscapeDataString(checkoutId)}/refund", secretKey, refund, idempotencyKey, cancellationToken);

    /// <exception cref="GatewayRefusedException">Yoco answered 4xx.</exception>
    private async Task<JsonNode> SendAsync(
        HttpMethod method, string path, string secretKey, JsonObject? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.Value.ApiBase, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secretKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add(GatewayHttp.IdempotencyKeyHeader, idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        var answer = await JsonAnswers.ReadAsync(response, cancellationToken);
        return response.IsSuccessStatusCode && answer is not null
            ? answer
            : throw new GatewayRefusedException(PaymentGatewayKind.Yoco, (int)response.StatusCode,
                answer?["errorMessage"]?.ToString() ?? answer?["description"]?.ToString() ?? answer?["message"]?.ToString() ?? "no reason given");
    }
}
