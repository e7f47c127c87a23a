namespace AppointmentBooking.Functions.Http.Problems;

/// <summary>The stable <c>type</c> URIs clients can switch on.</summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:appointment-booking:problem:";

    public const string NotFound = Prefix + "not-found";
    public const string ValidationFailed = Prefix + "validation-failed";
    public const string MalformedJson = Prefix + "malformed-json";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string Conflict = Prefix + "conflict";
    public const string SlotUnavailable = Prefix + "slot-unavailable";
    public const string IdempotencyKeyReused = Prefix + "idempotency-key-reused";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string Forbidden = Prefix + "forbidden";
    public const string PreconditionFailed = Prefix + "precondition-failed";
    public const string PreconditionRequired = Prefix + "precondition-required";
    public const string ChangeRefused = Prefix + "change-refused";
    public const string SlugTaken = Prefix + "slug-taken";
    public const string OriginNotAllowed = Prefix + "origin-not-allowed";
    public const string Busy = Prefix + "busy";
    public const string RateLimited = Prefix + "rate-limited";
    public const string DependencyUnavailable = Prefix + "dependency-unavailable";
    public const string Unexpected = Prefix + "unexpected";
    public const string PaymentsUnavailable = Prefix + "payments-unavailable";
    public const string NothingToPay = Prefix + "nothing-to-pay";
    public const string WebhookRejected = Prefix + "webhook-rejected";
    public const string AssistantNotConfigured = Prefix + "assistant-not-configured";
    public const string ProductUnavailable = Prefix + "product-unavailable";
    public const string CalendarNotConfigured = Prefix + "calendar-not-configured";
    public const string CalendarConsentRefused = Prefix + "calendar-consent-refused";
}
