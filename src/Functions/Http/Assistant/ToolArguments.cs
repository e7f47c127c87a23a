using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>
/// Tool arguments go through the booking API's own request checks; a rejection's field names are turned
/// into the tool's argument names, so the model can correct exactly what was wrong.
/// </summary>
internal static class ToolArguments
{
    private static readonly Dictionary<string, string> ArgumentNames = new(StringComparer.Ordinal)
    {
        ["customer"] = "customerName",
        ["customer.name"] = "customerName",
        ["customer.email"] = "customerEmail",
        ["customer.phone"] = "customerPhone",
    };

    /// <summary>Runs an HTTP request check; null and <paramref name="errors"/> when it rejects the arguments.</summary>
    public static T? Check<T>(Func<T> check, out IReadOnlyList<ToolArgumentError> errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            errors = [];
            return check();
        }
        catch (RequestRejectedException rejected)
        {
            errors = [.. (rejected.Problem.Problem.Errors ?? [new FieldError("arguments", rejected.Problem.Problem.Detail ?? "are not valid.")])
                .Select(e => new ToolArgumentError(ArgumentNames.GetValueOrDefault(e.Field, e.Field), e.Message))];
            return null;
        }
    }

    /// <summary>A staff id, or anyone when none is given.</summary>
    public static StaffChoice Staff(string? staffId) => string.IsNullOrWhiteSpace(staffId) ? StaffChoice.Any : StaffChoice.Parse(staffId);
}
