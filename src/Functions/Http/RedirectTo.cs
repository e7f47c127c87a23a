using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AppointmentBooking.Functions.Http;

/// <summary>A 302 to <see cref="Location"/> with no body: where a customer's browser goes next (no MVC services needed to answer it).</summary>
public sealed class RedirectTo(Uri location) : IActionResult
{
    public Uri Location { get; } = location;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status302Found;
        context.HttpContext.Response.Headers.Location = Location.ToString();
        return Task.CompletedTask;
    }
}
