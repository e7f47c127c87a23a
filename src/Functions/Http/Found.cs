using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace AppointmentBooking.Functions.Http;

/// <summary>A 302 to another site (a provider's consent page), written the same way by both hosts without MVC's executors.</summary>
public sealed class Found(Uri location) : IActionResult
{
    public Uri Location { get; } = location;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status302Found;
        context.HttpContext.Response.Headers[HeaderNames.Location] = Location.AbsoluteUri;
        context.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return Task.CompletedTask;
    }
}
