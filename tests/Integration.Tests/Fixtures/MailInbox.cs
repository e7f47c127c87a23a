using System.Text.Json;
using MimeKit;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>
/// The mail the app sent, read back from the project's mail server (maildev) through its REST API:
/// the list at <c>/email</c>, each message's raw source at <c>/email/{id}/download</c>, parsed with MimeKit.
/// </summary>
public sealed class MailInbox(Uri webUi)
{
    private static readonly HttpClient Http = new();

    public Uri WebUi => webUi;

    /// <summary>Every message sent to <paramref name="address"/> so far, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string address)
    {
        var all = await Http.GetFromJsonAsync<JsonElement>(new Uri(webUi, "email"));
        var messages = new List<MimeMessage>();
        foreach (var mail in all.EnumerateArray().Where(m => SentTo(m, address)))
        {
            await using var raw = await Http.GetStreamAsync(new Uri(webUi, $"email/{mail.GetProperty("id").GetString()}/download"));
            messages.Add(await MimeMessage.LoadAsync(raw));
        }

        return messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages reached <paramref name="address"/> (or the time is up) and answers them all.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        Eventually.ExpectAsync(() => ToAsync(address), messages => messages.Count >= count, timeout ?? TimeSpan.FromSeconds(60));

    private static bool SentTo(JsonElement mail, string address) =>
        mail.TryGetProperty("to", out var to)
        && to.EnumerateArray().Any(r => string.Equals(r.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase));
}
