using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>
/// Turns an exception that escaped an HTTP function into its problem response. Shared by the
/// Functions middleware and the local host so both answer failures the same way.
/// </summary>
public static partial class ProblemMapper
{
    public static ProblemResult ToResult(Exception exception, ILogger logger)
    {
        var root = Unwrap(exception);
        switch (root)
        {
            case RequestRejectedException rejected:
                return rejected.Problem;
            case JsonException json:
                return ApiProblems.MalformedJson(json.Message);
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                return ApiProblems.PayloadTooLarge(RequestLimits.MaxBodyBytes);
            default:
                var traceId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
                LogUnexpected(logger, root, traceId);
                return ApiProblems.Unexpected(traceId);
        }
    }

    /// <summary>A task that failed once surfaces as an aggregate of one; report the failure itself.</summary>
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure in an HTTP function, trace {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId);
}
