using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AppointmentBooking.Functions.Http;

/// <summary>A bare 200 with no body: what payment gateways expect when they post a notification.</summary>
public sealed class Acknowledged : IActionResult
{
    public static Acknowledged Instance { get; } = new();

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        return Task.CompletedTask;
    }
}
