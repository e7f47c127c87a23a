using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using AppointmentBooking.Functions.Saga;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Payment gateways' notifications. Nothing changes before the gateway's own check passes (401 and no
/// write otherwise); a verified one is recorded and handed to the booking's saga, and answered with a
/// bare 200 quickly, so gateways do not resend. Redeliveries and out-of-order notifications do nothing twice.
/// </summary>
public sealed partial class Webhooks(
    PaymentGateways gateways, HandlePaymentEvent handle, IOptions<SagaOptions> sagaOptions, BookingTelemetry telemetry, ILogger<Webhooks> logger)
{
    [ApiOperation(Summary = "A payment gateway's notification (stripe, payfast, yoco, paystack, netcash, payflex)",
        Description = "Verified with the gateway's own scheme before anything changes.", Statuses = [200, 401, 404, 413])]
    [Function(nameof(ReceivePaymentWebhook))]
    public async Task<IActionResult> ReceivePaymentWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/{gateway}")] HttpRequest request,
        string gateway,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var payments = GatewayRoute.Find(gateways, gateway);
        var kind = payments.Kind;
        var delivery = await WebhookRequests.ReadAsync(request, cancellationToken);
        switch (await payments.VerifyWebhookAsync(delivery, cancellationToken))
        {
            case WebhookVerification.Rejected rejected:
                LogRejected(logger, kind, rejected.Reason);
                telemetry.Track(BookingEvents.WebhookRejected, "-", null, [new("gateway", kind.ToString())]);
                return ApiProblems.WebhookRejected(rejected.Reason);
            case WebhookVerification.Accepted accepted:
                await handle.ExecuteAsync(accepted.Event, new DurableBookingSagas(client, sagaOptions.Value), cancellationToken);
                return Acknowledged.Instance;
            default:
                return Acknowledged.Instance;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Gateway} notification failed verification and changed nothing: {Reason}")]
    private static partial void LogRejected(ILogger logger, PaymentGatewayKind gateway, string reason);
}
