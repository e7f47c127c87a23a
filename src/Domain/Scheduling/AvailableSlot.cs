using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// An offered start. <see cref="Offset"/> tells apart the two occurrences of a local time on a
/// fall-back day; <see cref="End"/> is the appointment's end, without buffers.
/// </summary>
/// <param name="StaffId">Who would perform the service.</param>
/// <param name="Start">The appointment's start.</param>
/// <param name="End">The appointment's end (start plus the service duration, in real time).</param>
/// <param name="LocalStart">The start on the tenant's wall clock.</param>
/// <param name="Offset">The tenant's UTC offset at the start.</param>
public readonly record struct AvailableSlot(string StaffId, Instant Start, Instant End, LocalDateTime LocalStart, Offset Offset);
