namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>One request a fake server received, as sent: what tests assert the app did to the outside world.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
