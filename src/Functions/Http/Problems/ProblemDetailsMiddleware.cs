using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>Answers any exception an HTTP function lets escape with problem+json instead of an empty 500.</summary>
internal sealed class ProblemDetailsMiddleware(ILogger<ProblemDetailsMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (context.GetHttpContext() is { } httpContext)
        {
            await ProblemMapper.ToResult(exception, logger).WriteAsync(httpContext);
        }
    }
}
