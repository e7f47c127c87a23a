using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Maps each outcome of a change to its one HTTP answer; a resource always comes with its ETag.</summary>
public static class ChangeResults
{
    /// <param name="map">The resource's API shape.</param>
    /// <param name="location">Where a created resource lives, relative to the API root.</param>
    public static IActionResult ToResult<T>(ChangeOutcome<T> outcome, Func<T, object> map, Func<T, string>? location = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        return outcome switch
        {
            ChangeOutcome<T>.Done { Created: true } done => new VersionedBody(
                map(done.Resource.Value), done.Resource.Version, StatusCodes.Status201Created, location?.Invoke(done.Resource.Value)),
            ChangeOutcome<T>.Done done => new VersionedBody(map(done.Resource.Value), done.Resource.Version),
            ChangeOutcome<T>.Deleted => new NoContentResult(),
            ChangeOutcome<T>.NotFound missing => ApiProblems.NotFound(missing.Detail),
            ChangeOutcome<T>.Stale => ApiProblems.PreconditionFailed(),
            ChangeOutcome<T>.Refused refused => ApiProblems.ChangeRefused(refused.Detail),
            ChangeOutcome<T>.Invalid invalid => ApiProblems.Validation([new FieldError(invalid.Field, invalid.Message)]),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };
    }
}
