using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>A customer stops the tenant's reminders from their booking link (the booking page calls this).</summary>
public sealed class ReminderOptOuts(TenantRoute route, OptOutOfReminders optOut)
{
    [ApiOperation(Summary = "Stop this business's reminders to the booking's customer",
        Description = "Later reminders to the same e-mail address or phone number at this business are not sent; confirmations, moves and cancellations still are. Opting out again changes nothing.",
        Statuses = [204, 401, 404, 429], Security = ApiSecurity.BookingAccessToken)]
    [Function(nameof(OptOutOfReminders))]
    public async Task<IActionResult> OptOutOfReminders(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/bookings/{bookingId}/reminders/opt-out")] HttpRequest request,
        string slug,
        string bookingId,
        CancellationToken cancellationToken)
    {
        var token = BookingToken.Require(request);
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        return await optOut.ExecuteAsync(tenant, bookingId, token, cancellationToken)
            ? new NoContentResult()
            : ApiProblems.NotFound(BookingAccess.Missing(bookingId).Detail);
    }
}
