namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A staff member's booked minutes over working minutes (<see cref="Ratio"/>, null without working time).</summary>
public sealed record UtilisationResponse(string StaffId, string DisplayName, long BookedMinutes, long WorkingMinutes, double? Ratio);
