using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Ids in management routes. Every id the app makes fits this pattern, so anything else names
/// nothing: 404 before any read, and no overlong or odd text ever reaches the store as a key.
/// </summary>
public static partial class RouteIds
{
    /// <exception cref="RequestRejectedException">404 when the id cannot be one of ours.</exception>
    public static string Check(string? id, string what) =>
        IsValid(id) ? id! : throw new RequestRejectedException(ApiProblems.NotFound($"No {what} has that id."));

    /// <summary>Whether <paramref name="id"/> can be an id of ours.</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._~-]{0,99}$")]
    private static partial Regex Pattern();
}
