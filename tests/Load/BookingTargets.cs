using System.Diagnostics;
using System.Net.Http.Json;

namespace AppointmentBooking.Load;

/// <summary>One booking attempt of a client: a staff member, a service and a start as the slots endpoint gives it.</summary>
internal sealed record SlotRequest(string StaffId, string ServiceId, string Start)
{
    /// <summary>The ledger the request lands on: staff member and local date (the start carries the tenant's offset).</summary>
    public string LedgerKey => $"{StaffId}/{Start[..10]}";
}

/// <summary>What one request got back, as the client saw it; <see cref="TraceId"/> finds what the app did for it.</summary>
internal readonly record struct Attempt(int Status, double Milliseconds, string? Body, ActivityTraceId TraceId);

/// <summary>An implementation under load, always over real HTTP on loopback.</summary>
internal interface IBookingTarget
{
    string Name { get; }

    Task<Attempt> BookAsync(SlotRequest request, int client, CancellationToken cancellationToken);
}

/// <summary>The real API: <c>POST /api/tenants/{slug}/bookings</c> with a fresh Idempotency-Key per attempt.</summary>
internal sealed class LedgerTarget(LoadClient http, string slug) : IBookingTarget
{
    public string Name => "ledger (API)";

    public async Task<Attempt> BookAsync(SlotRequest request, int client, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/tenants/{slug}/bookings", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                serviceId = request.ServiceId,
                staffId = request.StaffId,
                start = request.Start,
                customer = new { name = $"Load client {client}", email = $"client{client}@load.example" },
            }),
        };
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await http.SendAsync(message, cancellationToken);
    }
}

/// <summary>The naive baseline, served by <see cref="NaiveEndpoint"/> in the same Kestrel process.</summary>
internal sealed class NaiveTarget(LoadClient http, string partition) : IBookingTarget
{
    public string Name => "naive (query+insert)";

    public async Task<Attempt> BookAsync(SlotRequest request, int client, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"load/naive/{partition}/bookings", UriKind.Relative))
        {
            Content = JsonContent.Create(new NaiveBookingRequest(
                request.StaffId, request.Start, LoadTenant.DurationOf(request.ServiceId), $"Load client {client}")),
        };
        return await http.SendAsync(message, cancellationToken);
    }
}

/// <summary>One implementation behind several instances: client n always talks to instance n mod count, as a load balancer would spread them.</summary>
internal sealed class SpreadTarget(IReadOnlyList<IBookingTarget> instances) : IBookingTarget
{
    public string Name => instances[0].Name;

    public Task<Attempt> BookAsync(SlotRequest request, int client, CancellationToken cancellationToken) =>
        instances[client % instances.Count].BookAsync(request, client, cancellationToken);
}
