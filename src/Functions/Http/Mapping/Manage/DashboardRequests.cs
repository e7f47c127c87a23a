using AppointmentBooking.Functions.Application.Dashboard;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Http.Auth;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>
/// The dashboard's query string: <c>from</c> and <c>to</c> (tenant-local dates; by default the 30 days
/// up to today) and, for managers, an optional <c>staffId</c>. Staff always get their own figures.
/// </summary>
public static class DashboardRequests
{
    private const int DefaultDays = 30;

    /// <exception cref="Problems.RequestRejectedException">A parameter is malformed (400, every bad one named) or staff ask for another's figures (403).</exception>
    public static DashboardQuery ToQuery(IQueryCollection query, Caller caller, DateTimeZone zone, Instant now, int maxDays)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new FieldErrors();
        var today = now.InZone(zone).Date;
        var to = Date(query, "to", today, errors);
        var from = Date(query, "from", (to ?? today).PlusDays(1 - DefaultDays), errors);
        if (from is { } first && to is { } last && (last < first || Period.Between(first, last, PeriodUnits.Days).Days >= maxDays))
        {
            errors.Add("to", $"must be on or after 'from' and at most {maxDays} days in all.");
        }

        var staffId = query["staffId"].ToString() is { Length: > 0 } id ? id : null;
        if (staffId is not null && !RouteIds.IsValid(staffId))
        {
            errors.Add("staffId", "is not a staff id.");
        }

        errors.ThrowIfAny();
        return new DashboardQuery(from!.Value, to!.Value, Managers.OwnStaffOrAny(caller, staffId), caller.Member.Holds(Domain.Members.Role.Manager));
    }

    private static LocalDate? Date(IQueryCollection query, string name, LocalDate fallback, FieldErrors errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        var date = TimeFormats.ParseDate(text);
        if (date is null)
        {
            errors.Add(name, "must be a local date yyyy-MM-dd.");
        }

        return date;
    }
}
