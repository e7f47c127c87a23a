namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>One instalment of a pay-later deposit: when the gateway collects it (UTC) and how much.</summary>
public sealed record InstalmentResponse(string DueAt, MoneyResponse Amount);
