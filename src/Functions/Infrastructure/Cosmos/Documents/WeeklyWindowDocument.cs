using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A recurring local time range on one weekday.</summary>
public sealed record WeeklyWindowDocument(IsoDayOfWeek Day, LocalTime Start, LocalTime End);
