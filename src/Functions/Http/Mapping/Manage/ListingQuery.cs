using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Bookings;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>The query strings of the management listings: dates, staff, status, page size and continuation.</summary>
public static class ListingQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxDays = 92;

    /// <exception cref="Problems.RequestRejectedException">A parameter is missing or malformed; every bad one is named.</exception>
    public static BookingQuery Bookings(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new FieldErrors();
        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from is { } first && to is { } last && (last < first || Period.Between(first, last, PeriodUnits.Days).Days >= MaxDays))
        {
            errors.Add("to", $"must be on or after 'from' and at most {MaxDays} days in all.");
        }

        var staffId = query["staffId"].ToString() is { Length: > 0 } id ? id : null;
        if (staffId is not null && !RouteIds.IsValid(staffId))
        {
            errors.Add("staffId", "is not a staff id.");
        }

        var status = Status(query["status"].ToString(), errors);
        var limit = Limit(query, errors);
        errors.ThrowIfAny();
        return new BookingQuery(new DateInterval(from!.Value, to!.Value), staffId, status, Continuation.Parse(query["continuation"]), limit);
    }

    /// <exception cref="Problems.RequestRejectedException">The limit is not a whole number in range.</exception>
    public static int Limit(IQueryCollection query, FieldErrors? errors = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var own = errors ?? new FieldErrors();
        var text = query["limit"].ToString();
        var limit = text.Length == 0 ? DefaultLimit : int.TryParse(text, out var parsed) && parsed is >= 1 and <= MaxLimit ? parsed : 0;
        if (limit == 0)
        {
            own.Add("limit", $"must be a whole number from 1 to {MaxLimit}.");
        }

        if (errors is null)
        {
            own.ThrowIfAny();
        }

        return limit;
    }

    private static BookingStatus? Status(string text, FieldErrors errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var status = ApiEnums.Parse<BookingStatus>(text);
        if (status is null)
        {
            errors.Add("status", $"must be one of {string.Join(", ", Enum.GetValues<BookingStatus>().Select(ApiEnums.Name))}.");
        }

        return status;
    }

    private static LocalDate? Date(IQueryCollection query, string name, FieldErrors errors)
    {
        var date = TimeFormats.ParseDate(query[name].ToString());
        if (date is null)
        {
            errors.Add(name, "is required, as a local date yyyy-MM-dd.");
        }

        return date;
    }
}
