using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace AppointmentBooking.Functions.Http.Concurrency;

/// <summary>A JSON body with the <c>ETag</c> of the version it shows, and a <c>Location</c> when it was just created.</summary>
public sealed class VersionedBody(object value, string version, int statusCode = StatusCodes.Status200OK, string? location = null) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.HttpContext.Response.Headers;
        headers[HeaderNames.ETag] = EntityTag.Of(version);
        if (location is not null)
        {
            headers[HeaderNames.Location] = location;
        }

        return new JsonBody(value, statusCode).WriteAsync(context.HttpContext);
    }
}
