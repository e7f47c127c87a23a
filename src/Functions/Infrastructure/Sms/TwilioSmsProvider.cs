using System.Net;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace AppointmentBooking.Functions.Infrastructure.Sms;

/// <summary>
/// Text messages through Twilio Programmable Messaging on the Twilio library: one Message resource per
/// text (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource), sent from
/// a number or a messaging service. The answer's SID is the provider id. A 4xx answer (an invalid or
/// unreachable number, error 21211 or 21614, say: https://www.twilio.com/docs/api/errors) is permanent;
/// anything else is thrown for the queue to retry.
/// </summary>
internal sealed class TwilioSmsProvider(IHttpClientFactory http, IOptions<TwilioOptions> options) : ISmsProvider
{
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(options.Value.AccountSid) && SecretSetting.IsConfigured(options.Value.AuthToken) && !string.IsNullOrWhiteSpace(options.Value.From);

    public async Task<string> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new TwilioRestClient(settings.AccountSid, settings.AuthToken,
            httpClient: new SystemNetHttpClient(http.CreateClient(nameof(TwilioSmsProvider))));
        var fromService = settings.From!.StartsWith("MG", StringComparison.Ordinal);
        try
        {
            var message = await MessageResource.CreateAsync(
                to: new PhoneNumber(phoneNumber),
                from: fromService ? null : new PhoneNumber(settings.From),
                messagingServiceSid: fromService ? settings.From : null,
                body: text,
                client: client);
            return message.Sid;
        }
        catch (ApiException refused) when (refused.Status is >= 400 and < 500 and not (int)HttpStatusCode.TooManyRequests and not (int)HttpStatusCode.Unauthorized)
        {
            throw new NotificationDeliveryException($"Twilio refused the message with error {refused.Code} (HTTP {refused.Status}).", refused);
        }
    }
}
