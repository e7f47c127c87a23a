using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Load;

internal sealed record NaiveBookingRequest(string StaffId, string Start, int DurationMinutes, string CustomerName);

/// <summary>
/// The obvious implementation the ledger replaces: query the staff member's appointments that
/// overlap the interval (one single-partition query), and when there are none, create the
/// appointment with a fresh id (one point create). Mapped by the load driver onto the same Kestrel
/// app and the same CosmosClient as the real API, so both pay the same HTTP and SDK costs.
/// Each scenario's partition lives in a container of its own (<see cref="CreateContainerAsync"/>):
/// the local emulator evaluates a query against every document of its container, so in the app's
/// container the baseline's query would grow slower with everything else the run has written,
/// which an indexed Cosmos DB query does not. Nothing in src/ knows about it.
/// </summary>
internal static class NaiveEndpoint
{
    public const string Type = "naiveAppointment";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/load/naive/{partition}/bookings", BookAsync);

    /// <summary>The container of a scenario's partition, created before the scenario runs.</summary>
    public static async Task<CosmosStore> CreateContainerAsync(CosmosStore app, string partition, CancellationToken cancellationToken)
    {
        await app.Container.Database.CreateContainerIfNotExistsAsync(
            new Microsoft.Azure.Cosmos.ContainerProperties(partition, CosmosStore.PartitionKeyPath), cancellationToken: cancellationToken);
        return StoreOf(app, partition);
    }

    private static CosmosStore StoreOf(CosmosStore app, string partition) => new(app.Container.Database.GetContainer(partition));

    private static async Task<IResult> BookAsync(string partition, NaiveBookingRequest body, CosmosStore app, CancellationToken cancellationToken)
    {
        var store = StoreOf(app, partition);
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(body.Start);
        if (!parsed.Success || body.DurationMinutes is <= 0 or > 24 * 60)
        {
            return Results.BadRequest();
        }

        var start = parsed.Value.ToInstant();
        var end = start + Duration.FromMinutes(body.DurationMinutes);
        var overlapping = await store.QueryAsync<NaiveAppointment>(
            partition,
            Type,
            new PartitionQuery("c.staffId = @staffId AND c.startMs < @end AND c.endMs > @start", Top: 1)
            {
                Parameters = new Dictionary<string, object>
                {
                    ["@staffId"] = body.StaffId,
                    ["@start"] = start.ToUnixTimeMilliseconds(),
                    ["@end"] = end.ToUnixTimeMilliseconds(),
                },
            },
            cancellationToken);
        if (overlapping.Count > 0)
        {
            return Results.Conflict(new { type = "slot-unavailable" });
        }

        var appointment = new NaiveAppointment
        {
            Id = "nai-" + Guid.NewGuid().ToString("N"),
            TenantId = partition,
            StaffId = body.StaffId,
            Start = start,
            End = end,
            StartMs = start.ToUnixTimeMilliseconds(),
            EndMs = end.ToUnixTimeMilliseconds(),
            CustomerName = body.CustomerName,
        };
        var created = await store.TryCreateAsync(appointment, cancellationToken);
        return created is null ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Json(new { id = created.Id }, statusCode: 201);
    }
}

/// <summary>The naive appointment; instants also kept as epoch milliseconds so the overlap query compares numbers.</summary>
internal sealed record NaiveAppointment : CosmosDocument
{
    public override string Type => NaiveEndpoint.Type;

    public required string StaffId { get; init; }

    public required Instant Start { get; init; }

    public required Instant End { get; init; }

    public required long StartMs { get; init; }

    public required long EndMs { get; init; }

    public required string CustomerName { get; init; }
}
