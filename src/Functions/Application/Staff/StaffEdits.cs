using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Application.Common;
using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Members;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Staff;

/// <summary>
/// Staff and their schedules: changing hours never cancels a booking already made. A staff member is
/// not deleted while bookings with them are still to come — those customers would lose their
/// stylist silently; cancel or move them first, or set the member inactive so nobody new books them.
/// One absence is added or removed without the caller sending the whole schedule back.
/// </summary>
public sealed class StaffEdits(CatalogEditor<StaffProfile> editor, IAppointmentQueries appointments, IClock clock)
{
    public static CatalogKind<StaffProfile> Kind { get; } = new("staff", "staff", s => s.Id, StaffDescription.Of);

    public Task<ChangeOutcome<StaffProfile>> CreateAsync(Caller caller, StaffProfile profile, CancellationToken cancellationToken) =>
        editor.CreateAsync(caller, profile, cancellationToken);

    public Task<ChangeOutcome<StaffProfile>> ReplaceAsync(Caller caller, StaffProfile replacement, string expectedVersion, CancellationToken cancellationToken) =>
        editor.ReplaceAsync(caller, replacement, expectedVersion, cancellationToken);

    public Task<ChangeOutcome<StaffProfile>> DeleteAsync(Caller caller, string staffId, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return editor.DeleteAsync(caller, staffId, expectedVersion, cancellationToken, async stored =>
            await appointments.AnyUpcomingAsync(caller.TenantId, clock.GetCurrentInstant(), stored.Value.Id, cancellationToken)
                ? new ChangeOutcome<StaffProfile>.Refused(
                    $"'{stored.Value.Id}' still has upcoming bookings; cancel or move them first, or set the staff member inactive.")
                : null);
    }

    /// <summary>
    /// Appends one absence under the stored version, retrying a lost race (no If-Match needed). An
    /// entry whose id is already there — a retry with the same Idempotency-Key — is not added twice.
    /// </summary>
    public async Task<ChangeOutcome<StaffProfile>> AddTimeOffAsync(Caller caller, string staffId, TimeOffEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(entry);
        return await OptimisticRetry.RunAsync<ChangeOutcome<StaffProfile>>(RetryLimits.Document, async () =>
        {
            if (await editor.FindAsync(caller.TenantId, staffId, cancellationToken) is not { } stored)
            {
                return new ChangeOutcome<StaffProfile>.NotFound(editor.Missing(staffId));
            }

            if (stored.Value.TimeOff.Any(t => t.Id == entry.Id))
            {
                return new ChangeOutcome<StaffProfile>.Done(stored, Created: true);
            }

            var outcome = await editor.WriteAsync(caller, stored, stored.Value.WithTimeOff(entry), "staff.timeOff.add", cancellationToken);
            return outcome is ChangeOutcome<StaffProfile>.Done done ? done with { Created = true } : null;
        }, cancellationToken) ?? new ChangeOutcome<StaffProfile>.Stale();
    }

    /// <summary>Removes one absence from a staff member the caller read at <paramref name="expectedVersion"/>; the time is offered again at once.</summary>
    public Task<ChangeOutcome<StaffProfile>> RemoveTimeOffAsync(
        Caller caller, string staffId, string timeOffId, string expectedVersion, CancellationToken cancellationToken) =>
        editor.EditAsync(caller, staffId, expectedVersion,
            async stored => stored.Value.WithoutTimeOff(timeOffId) is { } remaining
                ? await editor.WriteAsync(caller, stored, remaining, "staff.timeOff.remove", cancellationToken)
                : new ChangeOutcome<StaffProfile>.NotFound($"Staff member '{staffId}' has no time off '{timeOffId}'."),
            cancellationToken);
}
