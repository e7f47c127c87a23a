namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>
/// Route templates of the management API. Under <c>manage/</c> because the Functions host reserves
/// <c>admin</c>; every one names its tenant, which the caller must be a member of.
/// </summary>
public static class ManageRoutes
{
    public const string Tenants = "manage/tenants";
    public const string Tenant = Tenants + "/{tenantId}";
    public const string Settings = Tenant + "/settings";
    public const string Services = Tenant + "/services";
    public const string Service = Services + "/{serviceId}";
    public const string Staff = Tenant + "/staff";
    public const string StaffMember = Staff + "/{staffId}";
    public const string TimeOff = StaffMember + "/time-off";
    public const string TimeOffEntry = TimeOff + "/{timeOffId}";
    public const string StaffCalendar = StaffMember + "/calendar";
    public const string StaffCalendarConnect = StaffCalendar + "/connect";
    public const string Members = Tenant + "/members";
    public const string Member = Members + "/{memberId}";
    public const string Bookings = Tenant + "/bookings";
    public const string Booking = Bookings + "/{bookingId}";
    public const string Audit = Tenant + "/audit";
    public const string Dashboard = Tenant + "/dashboard";
    public const string StreamTokens = Tenant + "/stream-tokens";
    public const string Stream = Tenant + "/stream";
    public const string Products = Tenant + "/products";
    public const string Product = Products + "/{productId}";
    public const string Webhooks = Tenant + "/webhooks";
    public const string Webhook = Webhooks + "/{endpointId}";
    public const string WebhookDeliveries = Webhook + "/deliveries";
    public const string Notifications = Tenant + "/notifications";
    public const string NotificationTemplate = Notifications + "/templates/{kind}/{audience}";
    public const string QuietHours = Notifications + "/quiet-hours";

    /// <summary>The URL of a resource, for <c>Location</c>.</summary>
    public static string Url(string tenantId, string collection, string id) => $"/api/manage/tenants/{tenantId}/{collection}/{id}";
}
