using NodaTime;

namespace AppointmentBooking.Domain.Common;

/// <summary>Argument checks shared by the domain constructors; each failure names its field.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, string field)
        where T : class =>
        value ?? throw new DomainValidationException(field, "is required.");

    internal static string CheckNotBlank(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainValidationException(field, "is required.") : value;

    internal static Duration CheckPositive(Duration value, string field) =>
        value > Duration.Zero ? value : throw new DomainValidationException(field, "must be positive.");

    internal static Duration CheckNonNegative(Duration value, string field) =>
        value >= Duration.Zero ? value : throw new DomainValidationException(field, "must not be negative.");

    internal static long CheckNonNegative(long value, string field) =>
        value >= 0 ? value : throw new DomainValidationException(field, "must not be negative.");

    internal static int CheckRange(int value, int min, int max, string field) =>
        value >= min && value <= max
            ? value
            : throw new DomainValidationException(field, $"must be between {min} and {max}.");

    internal static void CheckArgument(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new DomainValidationException(field, message);
        }
    }
}
