using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>Writes a <see cref="Problem"/> as <c>application/problem+json</c>.</summary>
public sealed class ProblemResult(Problem problem, int? retryAfterSeconds = null) : IActionResult
{
    public const string ContentType = "application/problem+json";

    public Problem Problem { get; } = problem;

    public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext);

    public Task WriteAsync(HttpContext httpContext)
    {
        var problem = Problem with { Instance = Problem.Instance ?? httpContext.Request.Path.Value };
        httpContext.Response.StatusCode = problem.Status;
        if (retryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return httpContext.Response.WriteAsJsonAsync(problem, AppJson.Options, ContentType, httpContext.RequestAborted);
    }
}
