using System.Text.Json;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>
/// Answers a message as server-sent events: <c>delta</c> events carry the reply as the model writes it, then
/// one <c>done</c> event carries the same JSON as the plain answer (or an <c>error</c> event its problem). A
/// failure before the first event is an ordinary problem+json response with its status.
/// </summary>
internal sealed class AssistantStream(
    Func<Func<string, CancellationToken, Task>, CancellationToken, Task<TurnOutcome>> answer, Func<TurnOutcome, IActionResult> toResult) : IActionResult
{
    public const string ContentType = "text/event-stream";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var started = false;
        async Task WriteAsync(string name, object data, CancellationToken cancellationToken)
        {
            if (!started)
            {
                started = true;
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = ContentType;
                http.Response.Headers.CacheControl = "no-cache";
            }

            await http.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data, data.GetType(), AppJson.Options)}\n\n", cancellationToken);
            await http.Response.Body.FlushAsync(cancellationToken);
        }

        IActionResult result;
        try
        {
            result = toResult(await answer((text, cancellationToken) => WriteAsync("delta", new { text }, cancellationToken), http.RequestAborted));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            result = ProblemMapper.ToResult(exception, http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<AssistantStream>());
        }

        if (!started && result is ProblemResult)
        {
            await result.ExecuteResultAsync(context);
            return;
        }

        await (result switch
        {
            JsonBody body => WriteAsync("done", body.Value, http.RequestAborted),
            ProblemResult problem => WriteAsync("error", problem.Problem, http.RequestAborted),
            _ => throw new InvalidOperationException("The assistant answers with a body or a problem."),
        });
    }
}
