using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>
/// Collects every bad field of a request, named by its JSON path, so one 400 lists them all and
/// nothing is written. Domain rules report their own field; <see cref="Try{T}"/> puts it under the
/// request's path and renames it to the API's spelling.
/// </summary>
public sealed class FieldErrors
{
    private const int ShownLength = 40;
    private readonly List<FieldError> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string message) => errors.Add(new FieldError(field, message));

    /// <summary>Trimmed text within <paramref name="maxLength"/>; null (and an error when required) when absent.</summary>
    public string? Text(string? value, string field, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "is required.");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
            return null;
        }

        return value.Trim();
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when absent and not required.</summary>
    public long? Number(long? value, string field, long min, long max, long? fallback = null)
    {
        if (value is null)
        {
            if (fallback is null)
            {
                Add(field, "is required.");
            }

            return fallback;
        }

        if (value < min || value > max)
        {
            Add(field, $"must be between {min} and {max}.");
            return null;
        }

        return value;
    }

    /// <summary>Builds a domain value; a rule it breaks becomes an error of <paramref name="prefix"/> plus its field, renamed.</summary>
    public T? Try<T>(Func<T> build, string prefix = "", IReadOnlyDictionary<string, string>? renames = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            return build();
        }
        catch (DomainValidationException exception)
        {
            var field = renames?.GetValueOrDefault(exception.Field) ?? exception.Field;
            Add(prefix.Length == 0 ? field : field.Length == 0 ? prefix : $"{prefix}.{field}", exception.Reason);
            return null;
        }
    }

    /// <exception cref="RequestRejectedException">400 listing every error, when there is any.</exception>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestRejectedException(ApiProblems.Validation(errors));
        }
    }

    /// <summary>Client text quoted in a message, cut short so a huge value does not come back whole.</summary>
    public static string Shown(string text) => text.Length <= ShownLength ? text : text[..ShownLength] + "...";
}
