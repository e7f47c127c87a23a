using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A tenant's notification settings; one per tenant, in its partition.</summary>
public sealed record NotificationSettingsDocument : CosmosDocument
{
    public const string DocumentId = "notification-settings";

    public override string Type => DocumentTypes.NotificationSettings;

    public required LocalTime QuietHoursStart { get; init; }

    public required LocalTime QuietHoursEnd { get; init; }

    public IReadOnlyList<NotificationTemplateDocument> Templates { get; init; } = [];
}
