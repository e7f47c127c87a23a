namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>Values of the <c>type</c> discriminator, as written in ARCHITECTURE.md.</summary>
public static class DocumentTypes
{
    public const string Tenant = "tenant";
    public const string TenantSlug = "tenantSlug";
    public const string Service = "service";
    public const string Staff = "staff";
    public const string DayLedger = "dayLedger";
    public const string Appointment = "appointment";
    public const string Customer = "customer";
    public const string Payment = "payment";
    public const string WebhookEvent = "webhookEvent";
    public const string Conversation = "conversation";
    public const string MemberRoster = "memberRoster";
    public const string Audit = "audit";
    public const string CatalogStamp = "catalogStamp";
    public const string Product = "product";
    public const string AnalyticsEvent = "analyticsEvent";
    public const string AnalyticsCounter = "analyticsCounter";
    public const string WebhookEndpoint = "webhookEndpoint";
    public const string Delivery = "delivery";
    public const string Membership = "membership";
    public const string CalendarConnection = "calendarConnection";
    public const string CalendarConsent = "calendarConsent";
    public const string Notification = "notification";
    public const string NotificationSettings = "notificationSettings";
    public const string ReminderOptOut = "reminderOptOut";

    /// <summary>The partition that maps slugs to tenant ids and lists active tenants.</summary>
    public const string DirectoryPartition = "_directory";
}
