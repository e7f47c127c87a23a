using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Mapping;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>The deposit checkout of a held booking, at the tenant's gateway.</summary>
public sealed class Checkouts(TenantRoute route, StartDepositCheckout checkout)
{
    [ApiOperation(Summary = "Open (or reopen) the gateway's checkout for a held booking's deposit",
        Description = "The same checkout is answered to every call. Send the customer to redirectUrl, posting formFields there when there are any.",
        Response = typeof(CheckoutResponse), Statuses = [200, 401, 404, 409, 429, 503], Security = ApiSecurity.BookingAccessToken)]
    [Function(nameof(StartCheckout))]
    public async Task<IActionResult> StartCheckout(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings/{bookingId}/checkout")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var token = BookingToken.Require(request);
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        return await checkout.ExecuteAsync(tenant, bookingId, token, cancellationToken) switch
        {
            CheckoutOutcome.Open open => new JsonBody(BookingResponses.Checkout(open.Payment)),
            CheckoutOutcome.NotFound missing => ApiProblems.NotFound(missing.Detail),
            CheckoutOutcome.NothingToPay nothing => ApiProblems.NothingToPay(nothing.Detail),
            CheckoutOutcome.PaymentsUnavailable unavailable => ApiProblems.PaymentsUnavailable(unavailable.Detail),
            _ => throw new InvalidOperationException("Unknown checkout outcome."),
        };
    }
}
