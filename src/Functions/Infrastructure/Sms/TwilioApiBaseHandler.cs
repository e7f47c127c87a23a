using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Sms;

/// <summary>
/// Sends the Twilio library's requests to <see cref="TwilioOptions.ApiBase"/>. The library builds
/// absolute <c>https://api.twilio.com/...</c> URLs itself and takes a custom HTTP client for anything
/// else (https://www.twilio.com/docs/libraries/csharp-dotnet/custom-http-clients-dot-net-core); this
/// handler in that client keeps the path and query and swaps scheme, host and port. With the default
/// base it changes nothing.
/// </summary>
internal sealed class TwilioApiBaseHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var apiBase = options.Value.ApiBase;
        if (request.RequestUri is { } uri)
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = apiBase.Scheme, Host = apiBase.Host, Port = apiBase.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
