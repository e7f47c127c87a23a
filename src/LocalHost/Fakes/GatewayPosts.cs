using System.Text;

namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>How the fakes post notifications to the app, as the gateways do: JSON with headers, or a form in a given field order.</summary>
public static class GatewayPosts
{
    private static readonly HttpClient Client = new();

    public static async Task<HttpResponseMessage> PostJsonAsync(Uri url, string body, IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Posts the fields form-encoded in exactly the given order (signatures over posted fields follow it).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(Uri url, IEnumerable<KeyValuePair<string, string>> fields, string? remoteAddress = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        if (remoteAddress is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", remoteAddress);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A GET as a customer's browser makes it on its way back from a gateway (not following the app's redirect).</summary>
    public static async Task<HttpResponseMessage> ReturnAsync(Uri url) => await Browser.GetAsync(url);

    /// <summary>A form a gateway's page has the customer's browser post back (not following the app's redirect).</summary>
    public static async Task<HttpResponseMessage> ReturnAsync(Uri url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await Browser.PostAsync(url, form);
    }

    private static readonly HttpClient Browser = new(new HttpClientHandler { AllowAutoRedirect = false });
}
