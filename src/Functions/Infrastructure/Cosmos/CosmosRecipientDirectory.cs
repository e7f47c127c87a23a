using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// The customer is reached at the contact details of the booking; a staff member at the e-mail address
/// of their staff document; the owners (about a booking, such as a webhook endpoint that failed for a day
/// while delivering it, or about a staff member's calendar) at the e-mail of the tenant's first owner who
/// has joined (the member roster, one point read).
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
            (NotificationRecipient.Owner, NotificationChannel.Email) => await OwnerAsync(appointment.TenantId, cancellationToken),
            _ => null,
        };
    }

    public async Task<NotificationAddress?> OwnerAsync(string tenantId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<MemberRosterDocument>(tenantId, MemberRosterDocument.DocumentId, cancellationToken))?.Members
            .FirstOrDefault(m => m.Role == Domain.Members.Role.Owner && m.JoinedAt is not null && m.Email is { Length: > 0 }) is { } owner
            ? new NotificationAddress(owner.Email!, owner.Name ?? owner.Email!)
            : null;

    public async Task<string?> StaffNameAsync(string tenantId, string staffId, CancellationToken cancellationToken) =>
        (await store.ReadAsync<StaffDocument>(tenantId, staffId, cancellationToken))?.DisplayName;

    private Task<StaffDocument?> StaffAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return store.ReadAsync<StaffDocument>(appointment.TenantId, appointment.Placement.StaffId, cancellationToken);
    }
}
