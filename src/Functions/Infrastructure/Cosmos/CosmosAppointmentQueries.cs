using System.Text.Json;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// The dashboard's reads over appointments: single-partition queries filtered on start, staff and
/// status, paged by (start, id). A hold whose expiry passed is stored as pending but reads expired,
/// so the status filter asks for it the same way <see cref="Appointment.StatusAt"/> decides it.
/// </summary>
internal sealed class CosmosAppointmentQueries(CosmosStore store) : IAppointmentQueries
{
    private static readonly KeysetPage ByStart = new("start", Descending: false);

    public async Task<Page<Appointment>> ListAsync(
        string tenantId, AppointmentFilter filter, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "c.start >= @from", "c.start < @to" };
        var parameters = new Dictionary<string, object> { ["@from"] = Text(filter.From), ["@to"] = Text(filter.To), ["@now"] = Text(filter.Now) };
        if (filter.StaffId is { } staffId)
        {
            conditions.Add("c.staffId = @staffId");
            parameters["@staffId"] = staffId;
        }

        if (filter.Status is { } status)
        {
            conditions.Add(StatusCondition(status));
            parameters["@status"] = Name(status);
        }

        var results = await store.QueryAsync<AppointmentDocument>(
            tenantId, DocumentTypes.Appointment, ByStart.Query(conditions, parameters, after, limit), cancellationToken);
        return KeysetPage.Of(results, limit, d => Text(d.Start), AppointmentMapper.ToDomain);
    }

    public async Task<bool> AnyUpcomingAsync(string tenantId, Instant instant, string? staffId, CancellationToken cancellationToken)
    {
        var holding = "c.start > @now AND (c.status = 'confirmed' OR (c.status = 'pendingPayment' AND c.holdExpiresAt > @now))";
        var query = new PartitionQuery(staffId is null ? holding : holding + " AND c.staffId = @staffId", Top: 1)
        {
            Parameters = new Dictionary<string, object> { ["@now"] = Text(instant), ["@staffId"] = staffId ?? string.Empty },
        };
        return (await store.QueryAsync<AppointmentDocument>(tenantId, DocumentTypes.Appointment, query, cancellationToken)).Count > 0;
    }

    private static string StatusCondition(BookingStatus status) => status switch
    {
        BookingStatus.PendingPayment => "(c.status = @status AND c.holdExpiresAt > @now)",
        BookingStatus.Expired => "(c.status = @status OR (c.status = 'pendingPayment' AND c.holdExpiresAt <= @now))",
        _ => "c.status = @status",
    };

    /// <summary>
    /// Instants as the serializer stores them. String order is time order for these: starts lie on the
    /// slot grid (whole minutes), and the bounds are local midnights.
    /// </summary>
    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Name(BookingStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
