using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>Answers any route no other function claims with a problem+json 404 instead of an empty body.</summary>
public sealed class Fallback
{
    /// <summary>Matches every path, so the host tries it only after every other route.</summary>
    public const string CatchAllRoute = "{*path}";

    [Function(nameof(RouteNotFound))]
    public IActionResult RouteNotFound(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", Route = CatchAllRoute)] HttpRequest request,
        string? path) =>
        ApiProblems.NotFound($"No resource lives at '{request.Path}'.");
}
