namespace AppointmentBooking.Domain.Webhooks;

/// <summary>Where a webhook delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Not delivered yet; another attempt is due.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt for a day failed; the endpoint was disabled.</summary>
    Failed,

    /// <summary>The endpoint was removed or disabled before the delivery went through.</summary>
    Abandoned,
}
