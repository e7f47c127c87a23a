using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>A business that takes bookings: its ids, name, booking rules, payment gateway and web origins.</summary>
public sealed record Tenant
{
    private const int MaxNameLength = 200;
    private const int MaxOrigins = 20;

    /// <summary>Creates a tenant; every argument is checked and a failure names its field.</summary>
    /// <param name="id">The tenant id, also its partition.</param>
    /// <param name="slug">The public name in URLs.</param>
    /// <param name="name">The display name, at most 200 characters.</param>
    /// <param name="policy">The booking rules, with the time zone and currency.</param>
    /// <param name="paymentGateway">The gateway the tenant chose for deposits; null leaves the choice to the app.</param>
    /// <param name="allowedOrigins">Web origins of the tenant's own pages that browsers may call the API from.</param>
    /// <param name="credentials">The tenant's own credentials for its gateway, sealed; none when null.</param>
    public Tenant(
        string id,
        string slug,
        string name,
        BookingPolicy policy,
        PaymentGatewayKind? paymentGateway = null,
        IEnumerable<string>? allowedOrigins = null,
        GatewayCredentials? credentials = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Slug = Preconditions.CheckNotBlank(slug, nameof(slug));
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        Preconditions.CheckArgument(Name.Length <= MaxNameLength, nameof(name), $"must be at most {MaxNameLength} characters.");
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
        Preconditions.CheckArgument(paymentGateway is null || Enum.IsDefined(paymentGateway.Value), "payments.gateway", "is not a gateway of this app.");
        PaymentGateway = paymentGateway;
        AllowedOrigins = [.. (allowedOrigins ?? []).Select((origin, i) => WebOrigin.Normalize(origin, $"allowedOrigins[{i}]")).Distinct()];
        Preconditions.CheckArgument(AllowedOrigins.Count <= MaxOrigins, nameof(allowedOrigins), $"must list at most {MaxOrigins} origins.");
        Credentials = credentials ?? GatewayCredentials.None;
        Preconditions.CheckArgument(paymentGateway is not null || Credentials.Sealed.Count == 0, "payments.credentials", "need a chosen gateway.");
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
    public PaymentGatewayKind? PaymentGateway { get; }

    /// <summary>Origins (<c>https://host[:port]</c>) of the tenant's own web pages, allowed to call the API from a browser.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; }

    /// <summary>The tenant's own credentials for <see cref="PaymentGateway"/>, sealed; write-only through the API.</summary>
    public GatewayCredentials Credentials { get; }
}
