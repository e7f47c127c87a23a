namespace AppointmentBooking.Domain.Notifications;

/// <summary>The templates every tenant starts with; a tenant's own version of one replaces it (see <see cref="NotificationSettings"/>).</summary>
public static class DefaultTemplates
{
    private static readonly Dictionary<(NotificationKind, NotificationRecipient), NotificationTemplate> Templates =
        CustomerTemplates.All.Concat(TeamTemplates.All).ToDictionary(t => (t.Kind, t.Audience));

    /// <summary>Every shipped template.</summary>
    public static IReadOnlyCollection<NotificationTemplate> All => Templates.Values;

    /// <summary>The shipped template for <paramref name="kind"/> and <paramref name="audience"/>, or null when that audience is never told of it.</summary>
    public static NotificationTemplate? For(NotificationKind kind, NotificationRecipient audience) =>
        Templates.GetValueOrDefault((kind, audience));

    /// <summary>An HTML body of plain paragraphs, each already containing only placeholders and fixed text.</summary>
    internal static string Paragraphs(params string[] paragraphs) =>
        string.Concat(paragraphs.Select(p => $"<p>{p.ReplaceLineEndings("<br>")}</p>"));
}
