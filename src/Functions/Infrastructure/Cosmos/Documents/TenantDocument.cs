namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A tenant's profile and booking policy; id = tenant id, in the tenant's own partition.</summary>
public sealed record TenantDocument : CosmosDocument
{
    public override string Type => DocumentTypes.Tenant;

    public required string Slug { get; init; }

    public required string Name { get; init; }

    /// <summary>IANA zone id, for example <c>Africa/Johannesburg</c>.</summary>
    public required string TimeZone { get; init; }

    /// <summary>ISO 4217 code of the tenant's prices and deposits.</summary>
    public required string Currency { get; init; }

    public required BookingPolicyDocument Policy { get; init; }

    /// <summary>The gateway the tenant chose for deposits (<c>stripe</c>, <c>payfast</c>, ...); null leaves the choice to the app.</summary>
    public string? PaymentGateway { get; init; }

    public bool Active { get; init; } = true;

    /// <summary>Origins of the tenant's own web pages that may call the API from a browser.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The tenant's own credentials for its gateway by name, each sealed by the application (never a plain value).</summary>
    public IReadOnlyDictionary<string, string> GatewayCredentials { get; init; } = new Dictionary<string, string>();
}
