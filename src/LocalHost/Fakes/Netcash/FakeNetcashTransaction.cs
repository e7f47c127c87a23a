namespace AppointmentBooking.LocalHost.Fakes.Netcash;

/// <summary>A Pay Now transaction as the fake Netcash keeps it: the form the browser posted and what the "customer" did.</summary>
public sealed record FakeNetcashTransaction(string RequestTrace, string ServiceKey, IReadOnlyDictionary<string, string> Form)
{
    public string Reference => Form["p2"];

    public string Amount => Form["p4"];

    /// <summary><c>open</c>, <c>accepted</c> or <c>declined</c>.</summary>
    public string Status { get; init; } = "open";

    public string Field(string name) => Form.TryGetValue(name, out var value) ? value : string.Empty;
}
