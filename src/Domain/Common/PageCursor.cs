namespace AppointmentBooking.Domain.Common;

/// <summary>
/// Where a keyset page ended: the sort key and id of its last item. The next page starts after it,
/// so pages stay stable while items are added, and no store-side paging state is kept.
/// </summary>
/// <param name="SortKey">The last item's sort key as stored.</param>
/// <param name="Id">The last item's id, which breaks ties between equal sort keys.</param>
public sealed record PageCursor(string SortKey, string Id);
