namespace AppointmentBooking.Domain.Common;

/// <summary>
/// A value as stored, with the store's concurrency token of that state: a change is written only if
/// the stored value is still at <see cref="Version"/>, so nobody overwrites an edit they have not seen.
/// </summary>
/// <param name="Value">The stored value.</param>
/// <param name="Version">The store's concurrency token (an ETag).</param>
public sealed record Versioned<T>(T Value, string Version);
