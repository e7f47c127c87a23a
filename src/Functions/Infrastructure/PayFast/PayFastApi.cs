using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>
/// PayFast over HTTP: the ITN validation post-back on the payment site, and the refund endpoints of the
/// REST API, each call signed with <c>merchant-id</c>, <c>version</c>, <c>timestamp</c> and <c>signature</c>
/// headers (https://developers.payfast.co.za/api, "Authentication"), <c>testing=true</c> in sandbox mode.
/// </summary>
internal sealed class PayFastApi(IHttpClientFactory http, IOptions<PayFastOptions> options, IClock clock)
{
    public const string ClientName = "PayFast";
    private static readonly OffsetDateTimePattern Timestamp = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
    private static readonly Offset SouthAfrica = Offset.FromHours(2);

    /// <summary>Posts the ITN's fields back to PayFast, which answers <c>VALID</c> only for an ITN it sent.</summary>
    public async Task<bool> ConfirmsAsync(string notificationParameters, CancellationToken cancellationToken)
    {
        using var content = new StringContent(notificationParameters, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await http.CreateClient(ClientName).PostAsync(new Uri(options.Value.SiteBase, "eng/query/validate"), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync(cancellationToken)).Trim() == "VALID";
    }

    /// <summary>How the payment stands for a refund.</summary>
    /// <exception cref="GatewayRefusedException">PayFast refused the query.</exception>
    public async Task<PayFastRefundability> RefundabilityAsync(GatewaySecrets secrets, string paymentId, CancellationToken cancellationToken)
    {
        using var request = Signed(HttpMethod.Get, $"refunds/query/{Uri.EscapeDataString(paymentId)}", secrets, new Dictionary<string, string>());
        using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        var body = await JsonAnswers.ReadAsync(response, cancellationToken);
        var state = response.IsSuccessStatusCode ? Find(body, "amount_available_for_refund") : null;
        return state is null
            ? throw Refused(body, response.StatusCode)
            : new PayFastRefundability(
                state["status"]?.ToString() ?? string.Empty,
                Cents(state["amount_original"]),
                Cents(state["amount_available_for_refund"]),
                state["refund_full"]?["method"]?.ToString(),
                state["refund_partial"]?["method"]?.ToString());
    }

    /// <summary>Asks PayFast to refund <paramref name="amount"/> cents.</summary>
    /// <exception cref="GatewayRefusedException">PayFast refused the refund.</exception>
    public async Task RefundAsync(GatewaySecrets secrets, string paymentId, long amount, string reason, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>
        {
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["reason"] = reason,
            ["notify_buyer"] = "1",
        };
        using var request = Signed(HttpMethod.Post, $"refunds/{Uri.EscapeDataString(paymentId)}", secrets, fields);
        request.Content = new FormUrlEncodedContent(fields);
        using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        var body = await JsonAnswers.ReadAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode || body?["status"]?.ToString() != "success")
        {
            throw Refused(body, response.StatusCode);
        }
    }

    private HttpRequestMessage Signed(HttpMethod method, string path, GatewaySecrets secrets, IReadOnlyDictionary<string, string> body)
    {
        var settings = options.Value;
        var query = settings.ApiTestMode ? "?testing=true" : string.Empty;
        var headers = new Dictionary<string, string>
        {
            ["merchant-id"] = secrets[PayFastGateway.MerchantId],
            ["version"] = "v1",
            ["timestamp"] = Timestamp.Format(clock.GetCurrentInstant().WithOffset(SouthAfrica)),
        };
        var request = new HttpRequestMessage(method, new Uri(settings.ApiBase, path + query));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("signature", PayFastSignature.Api(headers.Concat(body), secrets[PayFastGateway.Passphrase]));
        return request;
    }

    /// <summary>
    /// The object holding <paramref name="field"/>: PayFast wraps answers in <c>data.response</c>; where exactly
    /// the refund query's fields sit is UNCONFIRMED, so the answer's root, <c>data</c> and <c>data.response</c> are tried.
    /// </summary>
    private static JsonObject? Find(JsonNode? body, string field) =>
        new[] { body, body?["data"], body?["data"]?["response"] }.OfType<JsonObject>().FirstOrDefault(o => o.ContainsKey(field));

    private static long Cents(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => node.GetValue<long>(),
        JsonValueKind.String => long.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture),
        _ => 0,
    };

    private static GatewayRefusedException Refused(JsonNode? body, HttpStatusCode status) =>
        new(PaymentGatewayKind.PayFast, (int)status, body?["data"]?["message"]?.ToString() ?? body?["message"]?.ToString() ?? "no reason given");
}
