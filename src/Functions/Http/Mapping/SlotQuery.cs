using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>The slots endpoint's query: service, staff (default any) and a local date range of at most 31 days.</summary>
public sealed record SlotQuery(string ServiceId, StaffChoice Staff, DateInterval Dates)
{
    public const int MaxDays = 31;

    /// <exception cref="RequestRejectedException">A parameter is missing or malformed; every bad one is named.</exception>
    public static SlotQuery Parse(IQueryCollection query)
    {
        var errors = new List<FieldError>();
        var serviceId = query["serviceId"].ToString();
        if (string.IsNullOrWhiteSpace(serviceId))
        {
            errors.Add(new FieldError("serviceId", "is required."));
        }

        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from is { } first && to is { } last && (last < first || Period.Between(first, last, PeriodUnits.Days).Days >= MaxDays))
        {
            errors.Add(new FieldError("to", $"must be on or after 'from' and at most {MaxDays} days in all."));
        }

        if (errors.Count > 0)
        {
            throw new RequestRejectedException(ApiProblems.Validation(errors));
        }

        var staffId = query["staffId"].ToString();
        return new SlotQuery(serviceId, string.IsNullOrWhiteSpace(staffId) ? StaffChoice.Any : StaffChoice.Parse(staffId),
            new DateInterval(from!.Value, to!.Value));
    }

    private static LocalDate? Date(IQueryCollection query, string name, List<FieldError> errors)
    {
        var date = TimeFormats.ParseDate(query[name].ToString());
        if (date is null)
        {
            errors.Add(new FieldError(name, "is required, as a local date yyyy-MM-dd."));
        }

        return date;
    }
}
