using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Where Google sends a person back after the calendar consent page. Anonymous: it trusts only the
/// sealed, expiring, single-use <c>state</c> the connect endpoint issued; anything else is 400 and stores nothing.
/// </summary>
public sealed class CalendarConsentCallback(CompleteCalendarConsent complete)
{
    [ApiOperation(Summary = "Google's OAuth redirect after calendar consent",
        Description = "Called by the browser coming back from Google with code and state (or error). Answers the connection as stored.",
        Response = typeof(Contracts.Manage.CalendarConnectionResponse), Statuses = [200, 400, 503])]
    [ApiQueryParameter("code")]
    [ApiQueryParameter("state", Required = true)]
    [ApiQueryParameter("error")]
    [Function(nameof(CompleteCalendarConsent))]
    public async Task<IActionResult> CompleteCalendarConsent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar/oauth/callback")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var answer = new ConsentAnswer(request.Query["code"].FirstOrDefault(), request.Query["state"].FirstOrDefault(), request.Query["error"].FirstOrDefault());
        return await complete.ExecuteAsync(answer, cancellationToken) switch
        {
            ConsentCompletion.Connected connected => new JsonBody(CalendarResponses.Of(connected.Connection.StaffId, connected.Connection)),
            ConsentCompletion.Refused refused => ApiProblems.CalendarConsentRefused(refused.Detail),
            ConsentCompletion.Unavailable unavailable => ApiProblems.DependencyUnavailable(unavailable.Detail,
                new Dictionary<string, object?> { ["dependency"] = "google" }),
            _ => throw new InvalidOperationException("Unknown consent completion."),
        };
    }
}
