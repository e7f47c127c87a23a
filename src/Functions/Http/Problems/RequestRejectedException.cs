namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>
/// Ends a request early with its problem answer (bad input, unknown tenant, rate limit), the way
/// ASP.NET Core's BadHttpRequestException does: functions parse, call and map without threading
/// rejections through every step, and <see cref="ProblemMapper"/> writes <see cref="Problem"/> as is.
/// </summary>
public sealed class RequestRejectedException : Exception
{
    public RequestRejectedException(ProblemResult problem)
        : base(problem?.Problem.Detail ?? problem?.Problem.Title)
    {
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
    }

    public RequestRejectedException()
        : this(ApiProblems.MalformedJson("The request could not be read."))
    {
    }

    public RequestRejectedException(string message)
        : this(ApiProblems.MalformedJson(message))
    {
    }

    public RequestRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = ApiProblems.MalformedJson(message);
    }

    /// <summary>The answer to give.</summary>
    public ProblemResult Problem { get; }
}
