using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>Liveness of the app and its dependencies, for probes and the SEV1 alert.</summary>
public sealed class Health(HealthCheck healthCheck)
{
    [Function(nameof(GetHealth))]
    [ApiOperation(Summary = "Health of the app and its dependencies", Response = typeof(HealthResponse), Statuses = [200, 503])]
    public async Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var dependencies = await healthCheck.RunAsync(cancellationToken);
        var statuses = dependencies.ToDictionary(d => d.Name);
        var down = dependencies.Where(d => !d.IsUp).Select(d => d.Name).ToList();
        if (down.Count == 0)
        {
            return new JsonBody(new HealthResponse("healthy", statuses));
        }

        return ApiProblems.DependencyUnavailable(
            $"Unavailable: {string.Join(", ", down)}.",
            new Dictionary<string, object?> { ["health"] = "unhealthy", ["dependencies"] = statuses });
    }
}
