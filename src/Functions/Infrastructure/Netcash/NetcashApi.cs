using System.Text.Json.Nodes;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Netcash;

/// <summary>
/// Netcash's transaction status check, <c>GET PayNow/TransactionStatus/Check?RequestTrace=</c>: the
/// server-to-server answer that Pay Now's unsigned postbacks are checked against. UNCONFIRMED as officially
/// documented (Netcash's page could not be read; the endpoint, its fields <c>RequestTrace</c>, <c>Reference</c>,
/// <c>Amount</c>, <c>TransactionAccepted</c>, <c>Reason</c> and its taking no key come from independent
/// integrations), so an answer without those fields confirms nothing.
/// </summary>
internal sealed class NetcashApi(IHttpClientFactory http, IOptions<NetcashOptions> options)
{
    public const string ClientName = "Netcash";

    /// <summary>The status Netcash reports for the trace, or null when it knows none (or answered something unreadable).</summary>
    public async Task<JsonObject?> StatusAsync(string requestTrace, CancellationToken cancellationToken)
    {
        var url = new Uri(options.Value.ServicesBase, $"PayNow/TransactionStatus/Check?RequestTrace={Uri.EscapeDataString(requestTrace)}");
        using var response = await http.CreateClient(ClientName).GetAsync(url, cancellationToken);
        var answer = await JsonAnswers.ReadAsync(response, cancellationToken);
        return response.IsSuccessStatusCode ? answer as JsonObject : null;
    }
}
