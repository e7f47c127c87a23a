namespace AppointmentBooking.Domain.Notifications;

/// <summary>What a calendar invite asks of the recipient's calendar (RFC 5546 METHOD).</summary>
public enum InviteMethod
{
    /// <summary>Add the event, or update it when its UID is known and the sequence is higher.</summary>
    Request,

    /// <summary>Remove the event with this UID.</summary>
    Cancel,
}
