using AppointmentBooking.Domain.Bookings;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>Finds where a booking's recipients are reached: the customer from the booking, staff and owners from the tenant's records.</summary>
public interface IRecipientDirectory
{
    /// <summary>The address of <paramref name="recipient"/> on <paramref name="channel"/>, or null when none is on file.</summary>
    Task<NotificationAddress?> FindAsync(Appointment appointment, NotificationRecipient recipient, NotificationChannel channel, CancellationToken cancellationToken);

    /// <summary>The e-mail address of the tenant's owner who is told of the tenant's own matters, or null when no owner with an address has joined.</summary>
    Task<NotificationAddress?> OwnerAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>The name customers know staff member <paramref name="staffId"/> by, or null when the staff member is gone.</summary>
    Task<string?> StaffNameAsync(string tenantId, string staffId, CancellationToken cancellationToken);
}
