namespace AppointmentBooking.Domain.Common;

/// <summary>One page of a listing and where the next one starts (null on the last page).</summary>
/// <param name="Items">The items, in listing order.</param>
/// <param name="Next">The cursor of the next page, or null when there is none.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, PageCursor? Next);
