namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>A bookable start: instants with the tenant's offset, plus the local wall-clock time shown to people.</summary>
public sealed record SlotResponse(string StaffId, string Start, string End, string LocalStart, string Offset);
