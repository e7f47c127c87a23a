using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Paystack;

/// <summary>
/// Paystack's API with the tenant's secret key as bearer token (https://paystack.com/docs/api/): initialise
/// a transaction, verify one, refund one. Answers are <c>{status, message, data}</c>; a refusal is
/// <c>status: false</c> with a message and, for some, a <c>code</c> (PaystackOSS/openapi, dist/paystack.yaml).
/// Paystack takes no idempotency key, so only the verify GET is retried.
/// </summary>
internal sealed class PaystackApi(IHttpClientFactory http, IOptions<PaystackOptions> options)
{
    public const string ClientName = "Paystack";

    public Task<JsonNode> InitializeAsync(string secretKey, JsonObject transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "transaction/initialize", secretKey, transaction, cancellationToken);

    public Task<JsonNode> VerifyAsync(string secretKey, string reference, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"transaction/verify/{Uri.EscapeDataString(reference)}", secretKey, null, cancellationToken);

    public Task<JsonNode> RefundAsync(string secretKey, JsonObject refund, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "refund", secretKey, refund, cancellationToken);

    /// <summary>The answer's <c>data</c>.</summary>
    /// <exception cref="GatewayRefusedException">Paystack answered 4xx or <c>status: false</c>.</exception>
    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string secretKey, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.Value.ApiBase, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secretKey);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        var answer = await JsonAnswers.ReadAsync(response, cancellationToken);
        return response.IsSuccessStatusCode && answer?["status"] is JsonValue status && status.TryGetValue<bool>(out var ok) && ok && answer["data"] is { } data
            ? data
            : throw new GatewayRefusedException(PaymentGatewayKind.Paystack, (int)response.StatusCode, answer?["message"]?.ToString() ?? "no reason given", answer?["code"]?.ToString());
    }
}
