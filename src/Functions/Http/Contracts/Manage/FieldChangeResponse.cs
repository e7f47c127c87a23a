namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A changed field; null where it was absent.</summary>
public sealed record FieldChangeResponse(string Field, string? Before, string? After);
