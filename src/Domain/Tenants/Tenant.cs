using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>A business that takes bookings: its ids, name and booking rules.</summary>
public sealed record Tenant
{
    /// <summary>Creates a tenant.</summary>
    /// <param name="id">The tenant id, also its partition.</param>
    /// <param name="slug">The public name in URLs.</param>
    /// <param name="name">The display name.</param>
    /// <param name="policy">The booking rules, with the time zone and currency.</param>
    /// <param name="paymentGateway">The gateway the tenant chose for deposits; null leaves the choice to the app.</param>
    public Tenant(string id, string slug, string name, BookingPolicy policy, Payments.PaymentGatewayKind? paymentGateway = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Slug = Preconditions.CheckNotBlank(slug, nameof(slug));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
        PaymentGateway = paymentGateway;
    }

    /// <summary>The tenant id.</summary>
    public string Id { get; }

    /// <summary>The public name in URLs.</summary>
    public string Slug { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The booking rules.</summary>
    public BookingPolicy Policy { get; }

    /// <summary>The gateway the tenant chose for deposits, if any.</summary>
    public Payments.PaymentGatewayKind? PaymentGateway { get; }
}
