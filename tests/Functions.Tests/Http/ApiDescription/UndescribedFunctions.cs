using AppointmentBooking.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Tests.Http.ApiDescription;

/// <summary>A function as another engineer might add it: no ApiOperation, an opaque result, two methods.</summary>
public sealed class UndescribedFunctions
{
    [Function(nameof(ListWidgetParts))]
    public Task<IActionResult> ListWidgetParts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "widgets/{widgetId:int}/parts")] HttpRequest request,
        string widgetId) =>
        Task.FromResult<IActionResult>(new JsonBody(new { widgetId }));
}
