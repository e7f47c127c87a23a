namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>The answer of the slots endpoint.</summary>
public sealed record SlotsResponse(string ServiceId, string TimeZone, IReadOnlyList<SlotResponse> Slots);
