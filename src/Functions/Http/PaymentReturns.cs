using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Saga;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Customers coming back from gateways that report the outcome by sending them back (Payflex's redirects,
/// Netcash's Accept and Decline pages): the gateway is asked server to server, then the customer is
/// redirected to their booking page. Nothing the browser brings is trusted.
/// </summary>
public sealed class PaymentReturns(PaymentGateways gateways, ReturnFromGateway returns, IOptions<SagaOptions> sagaOptions)
{
    [ApiOperation(Summary = "A customer back from a gateway's page (payflex, netcash)",
        Description = "Asks the gateway how the payment went, then redirects to the booking page.", Statuses = [302, 404, 413])]
    [Function(nameof(ReturnFromPayment))]
    public async Task<IActionResult> ReturnFromPayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "payments/{gateway}/return")] HttpRequest request,
        string gateway,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var payments = GatewayRoute.Find(gateways, gateway);
        var delivery = await WebhookRequests.ReadAsync(request, cancellationToken);
        var next = await returns.ExecuteAsync(payments, delivery, new DurableBookingSagas(client, sagaOptions.Value), cancellationToken);
        return new RedirectTo(next);
    }
}
