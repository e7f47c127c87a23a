namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>The answer of the slots endpoint; <paramref name="Calendars"/> lists the connected staff calendars consulted, if any.</summary>
public sealed record SlotsResponse(string ServiceId, string TimeZone, IReadOnlyList<SlotResponse> Slots, IReadOnlyList<CalendarBusyResponse>? Calendars = null);
