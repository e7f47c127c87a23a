using System.Collections.Concurrent;
using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.LocalHost.Fakes.Sms;

/// <summary>
/// The local host's text messages when no Twilio account is set up: each is printed on the console
/// (where the person running the local host reads it) and kept, instead of reaching a phone. Never
/// used by the Functions app.
/// </summary>
public sealed class RecordingSmsProvider : ISmsProvider
{
    private readonly ConcurrentQueue<(string To, string Text)> sent = new();

    public bool IsConfigured => true;

    public IReadOnlyList<(string To, string Text)> Sent => [.. sent];

    public Task<string> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        sent.Enqueue((phoneNumber, text));
        Console.WriteLine($"Text message to {phoneNumber} (not sent, no Twilio account set up): {text}");
        return Task.FromResult($"local-sms-{sent.Count}");
    }
}
