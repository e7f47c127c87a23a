namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>
/// A product as managers see it. <see cref="Stock"/> is the units on hand (null: not tracked),
/// <see cref="Reserved"/> those held for bookings to come, <see cref="Available"/> what new bookings may take.
/// </summary>
public sealed record ManagedProductResponse(string Id, string Name, string? Description, MoneyResponse Price, int? Stock, int Reserved, int? Available, bool Active);
