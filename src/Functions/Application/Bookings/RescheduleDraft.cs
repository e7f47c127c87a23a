using AppointmentBooking.Domain.Scheduling;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>A validated reschedule: the new start and who may take it (null keeps the same staff member).</summary>
public sealed record RescheduleDraft(Instant Start, IReadOnlyList<StaffSchedule>? Staff, string Fingerprint);
