namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>One invalid input field, named by its JSON path (for example <c>customer.email</c>).</summary>
public sealed record FieldError(string Field, string Message);
