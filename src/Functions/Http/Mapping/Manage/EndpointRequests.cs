using AppointmentBooking.Domain.Events;
using AppointmentBooking.Functions.Application.Webhooks;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Checks a webhook endpoint as the owner writes it and lists every bad field at once (400).</summary>
public static class EndpointRequests
{
    private const int MaxUrlLength = 2000;
    private const int MaxDescriptionLength = 500;

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static EndpointEdit ToEdit(WebhookEndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var text = errors.Text(request.Url, "url", MaxUrlLength);
        Uri? url = null;
        if (text is not null && (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || url.UserInfo.Length > 0 || url.Fragment.Length > 0))
        {
            errors.Add("url", "must be an absolute https URL without credentials or fragment.");
        }

        var kinds = Kinds(request.Events, errors);
        var description = errors.Text(request.Description, "description", MaxDescriptionLength, required: false);
        errors.ThrowIfAny();
        return new EndpointEdit(url!, kinds, description, request.Enabled ?? true);
    }

    /// <summary>Event names; none or <c>*</c> means every event.</summary>
    private static List<BookingEventKind> Kinds(List<string>? names, FieldErrors errors)
    {
        var kinds = new List<BookingEventKind>();
        if (names is null or ["*"])
        {
            return kinds;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (BookingEventTypes.TryParse(names[i], out var kind))
            {
                kinds.Add(kind.Value);
            }
            else
            {
                errors.Add($"events[{i}]", $"must be '*' alone or one of {string.Join(", ", BookingEventTypes.All)}.");
            }
        }

        return kinds;
    }
}
