namespace AppointmentBooking.Domain.Webhooks;

/// <summary>One HTTP POST of a delivery.</summary>
/// <param name="Url">Where to.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Headers">The headers besides Content-Type: the event id and the signature.</param>
public sealed record WebhookPost(Uri Url, string Body, IReadOnlyDictionary<string, string> Headers);
