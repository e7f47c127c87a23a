using System.Net.Http.Json;
using System.Text.Json;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Load;

/// <summary>What one kind of request (or one background function per booking) asks of Cosmos DB, averaged over its samples.</summary>
internal sealed record CostRow(string Request, string Function, int Samples, IReadOnlyList<CosmosOperation> Operations)
{
    public double Mean(Func<CosmosOperation, bool> which) => (double)Operations.Count(which) / Samples;

    public double MeanSum(Func<CosmosOperation, double> value) => Operations.Sum(value) / Samples;
}

/// <summary>
/// Counts Cosmos DB operations per kind of request on the month tenant in its steady state, one
/// request at a time on a quiet app, with the counting handler the integration tests use. Background
/// functions (queue functions, saga activities) are counted per booking after the app went quiet.
/// </summary>
internal sealed class CostCount(LoadHost host)
{
    private const int Samples = 3;
    private string slug = string.Empty;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<CostRow>> RunAsync(MonthViewRun run, CancellationToken cancellationToken)
    {
        var slug = run.Tenant.Slug;
        this.slug = slug;
        var rows = new List<CostRow>
        {
            await SampleAsync("slots, one day, any staff", "ListSlots",
                i => host.Client.GetAsync(Plans.SlotsUri(slug, LoadTenant.Short, "any", run.From.PlusDays(i), run.From.PlusDays(i)), cancellationToken)),
            await SampleAsync("slots, 31 days, any staff", "ListSlots",
                _ => host.Client.GetAsync(Plans.SlotsUri(slug, LoadTenant.Short, "any", run.From, run.From.PlusDays(30)), cancellationToken)),
            await SampleAsync("slots, 31 days, one staff member", "ListSlots",
                _ => host.Client.GetAsync(Plans.SlotsUri(slug, LoadTenant.Short, LoadTenant.StaffIds[0], run.From, run.From.PlusDays(30)), cancellationToken)),
        };

        var bookings = new List<BookingResponse>();
        await ResetAsync();
        rows.Add(await SampleAsync("book (201)", "CreateBooking", async i =>
        {
            var attempt = await new LedgerTarget(host.Client, slug).BookAsync(run.Spare[i], i, cancellationToken);
            bookings.Add(JsonSerializer.Deserialize<BookingResponse>(attempt.Body!, AppJson.Options)!);
            return attempt;
        }, reset: false));
        await host.QuiesceAsync(DrainLimit, cancellationToken);
        rows.AddRange(Background("per booking, in the background"));

        rows.Add(await SampleAsync("book a taken slot (409 with alternatives)", "CreateBooking",
            i => new LedgerTarget(host.Client, slug).BookAsync(run.Spare[i], i, cancellationToken)));
        rows.Add(await SampleAsync("read a booking", "GetBooking",
            i => host.Client.GetWithTokenAsync($"api/tenants/{slug}/bookings/{bookings[i].Id}", bookings[i].AccessToken!, cancellationToken)));
        await ResetAsync();
        rows.Add(await SampleAsync("reschedule", "RescheduleBooking",
            i => host.Client.PostAsync($"api/tenants/{slug}/bookings/{bookings[i].Id}/reschedule",
                JsonContent.Create(new RescheduleBookingRequest(run.Spare[Samples + i].Start, run.Spare[Samples + i].StaffId)),
                Token(bookings[i]), cancellationToken), reset: false));
        await host.QuiesceAsync(DrainLimit, cancellationToken);
        rows.AddRange(Background("per reschedule, in the background"));
        await ResetAsync();
        rows.Add(await SampleAsync("cancel", "CancelBooking",
            i => host.Client.PostAsync($"api/tenants/{slug}/bookings/{bookings[i].Id}/cancel", null, Token(bookings[i]), cancellationToken), reset: false));
        await host.QuiesceAsync(DrainLimit, cancellationToken);
        rows.AddRange(Background("per cancellation, in the background"));
        return rows;
    }

    /// <summary>
    /// Loads the tenant's configuration into the instance's cache (a tenant profile request) and then
    /// forgets what was counted: a sample group then counts its requests, not the reload of the
    /// configuration that happens once per tenant, instance and 30 seconds.
    /// </summary>
    private async Task ResetAsync()
    {
        await host.Client.GetAsync($"api/tenants/{slug}", CancellationToken.None);
        host.ResetCosmos();
    }

    private static Dictionary<string, string> Token(BookingResponse booking) => new() { ["Booking-Access-Token"] = booking.AccessToken! };

    private async Task<CostRow> SampleAsync(string request, string function, Func<int, Task<Attempt>> send, bool reset = true)
    {
        if (reset)
        {
            await ResetAsync();
        }

        for (var i = 0; i < Samples; i++)
        {
            var attempt = await send(i);
            if (attempt.Status is not (200 or 201 or 409))
            {
                throw new InvalidOperationException($"{request}: status {attempt.Status}: {attempt.Body}");
            }
        }

        return new CostRow(request, function, Samples, host.CosmosRecords(function));
    }

    /// <summary>Everything counted outside the HTTP functions since the last reset, per sample.</summary>
    private IEnumerable<CostRow> Background(string label) =>
        host.CosmosRecords()
            .Where(o => o.Function is not null && !HttpFunctions.Contains(o.Function))
            .GroupBy(o => o.Function!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CostRow(label, g.Key, Samples, [.. g]));

    private static readonly HashSet<string> HttpFunctions =
        new(["ListSlots", "CreateBooking", "GetBooking", "CancelBooking", "RescheduleBooking"], StringComparer.Ordinal);
}
