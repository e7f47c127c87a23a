using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A move to another start; without <see cref="Staff"/> the same staff member keeps the booking.</summary>
public sealed record RescheduleCommand(Instant Start, StaffChoice? Staff);
