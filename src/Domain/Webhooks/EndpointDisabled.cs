using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Webhooks;

/// <summary>Why and when an endpoint stopped receiving events.</summary>
public sealed record EndpointDisabled
{
    /// <summary>Records a disabling.</summary>
    /// <param name="reason">Why, in words for the owner.</param>
    /// <param name="at">When.</param>
    public EndpointDisabled(string reason, Instant at)
    {
        Reason = Preconditions.CheckNotBlank(reason, nameof(reason));
        At = at;
    }

    /// <summary>Why, in words for the owner.</summary>
    public string Reason { get; }

    /// <summary>When.</summary>
    public Instant At { get; }
}
