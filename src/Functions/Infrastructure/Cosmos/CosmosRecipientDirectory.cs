using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// The customer is reached at the contact details of the booking; a staff member at the e-mail address
/// of their staff document. Owners are not reached about a booking (their notices, about a staff member,
/// are composed by StaffNoticeComposer from the member roster), so such a notification is recorded as skipped.
/// </summary>
internal sealed class CosmosRecipientDirectory(CosmosStore store) : IRecipientDirectory
{
    public async Task<NotificationAddress?> FindAsync(
        Appointment appointment, NotificationRecipient recipient, NotificationChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return (recipient, channel) switch
        {
            (NotificationRecipient.Customer, NotificationChannel.Email) when appointment.Customer.Email is { } email =>
                new NotificationAddress(email, appointment.Customer.Name),
            (NotificationRecipient.Customer, NotificationChannel.Sms) when appointment.Customer.Phone is { } phone =>
                new NotificationAddress(phone, appointment.Customer.Name),
            (NotificationRecipient.Staff, NotificationChannel.Email) =>
                await StaffAsync(appointment, cancellationToken) is { Email: { Length: > 0 } staffEmail } staff
                    ? new NotificationAddress(staffEmail, staff.DisplayName)
                    : null,
            _ => null,
        };
    }

    public async Task<string?> StaffNameAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<StaffDocument>(tenantId, staffId, cancellationToken))?.DisplayName;

    private Task<StaffDocument?> StaffAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return store.ReadAsync<StaffDocument>(appointment.TenantId, appointment.Placement.StaffId, cancellationToken);
    }
}
