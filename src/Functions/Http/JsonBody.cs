using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Writes a JSON body with the app's serializer options. Used instead of MVC's ObjectResult so the
/// Functions host and the local host produce byte-identical responses without MVC formatters.
/// </summary>
public sealed class JsonBody(object value, int statusCode = StatusCodes.Status200OK, string contentType = "application/json")
    : IActionResult
{
    public object Value { get; } = value;

    public int StatusCode { get; } = statusCode;

    public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext);

    public Task WriteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.Response.WriteAsJsonAsync(Value, Value.GetType(), AppJson.Options, contentType, httpContext.RequestAborted);
    }
}
