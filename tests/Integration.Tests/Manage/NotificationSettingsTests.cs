using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using AppointmentBooking.Integration.Tests.Notifications;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Managers word their tenant's notifications and set quiet hours under one ETag; staff cannot, and a stale edit writes nothing.</summary>
[Collection(SharedApp.Name)]
public sealed class NotificationSettingsTests(AppFixture fixture)
{
    private static readonly object OwnWording =
        new { subject = "Booked with us: {{date}}", text = "Hi {{recipientName}}, see you {{when}}.", html = "<p>See you {{when}}</p>", sms = "See you {{when}}" };

    [Fact]
    public async Task A_tenant_that_changed_nothing_reads_every_shipped_template_and_the_default_quiet_hours()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var (settings, etag) = await salon.Owner.ReadAsync(salon.Path("/notifications"));

        var templates = settings.GetProperty("templates").EnumerateArray().ToList();
        Assert.All(templates, t => Assert.False(t.GetProperty("custom").GetBoolean()));
        Assert.Contains(templates, t => Kind(t) == ("depositRequest", "customer") && t.GetProperty("sms").GetString()!.Contains("{{deposit}}", StringComparison.Ordinal));
        Assert.Contains(templates, t => Kind(t) == ("calendarDisconnected", "owner"));
        Assert.DoesNotContain(templates, t => Kind(t) == ("calendarDisconnected", "customer"));
        Assert.Equal(("20:00", "08:00"), (settings.GetProperty("quietHours").GetProperty("start").GetString(), settings.GetProperty("quietHours").GetProperty("end").GetString()));
        Assert.Contains("manageLink", settings.GetProperty("placeholders").EnumerateArray().Select(p => p.GetString()));
        Assert.False(string.IsNullOrEmpty(etag));
    }

    [Fact]
    public async Task A_reset_puts_the_shipped_template_back_and_both_changes_are_in_the_audit_trail()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var path = salon.Path("/notifications/templates/confirmation/customer");
        var (_, shipped) = await salon.Owner.ReadAsync(salon.Path("/notifications"));
        var put = await salon.Owner.PutAsync(path, OwnWording, shipped);
        Assert.True(Custom(await ManageClient.OkAsync(put)));

        var reset = await ManageClient.OkAsync(await salon.Owner.DeleteAsync(path, ManageClient.ETag(put)));

        Assert.False(Custom(reset));
        var audit = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/audit")));
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("notifications.template.put", actions);
        Assert.Contains("notifications.template.reset", actions);
    }

    [Fact]
    public async Task Two_managers_editing_at_once_the_second_gets_412_and_the_first_wording_stays()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var (_, etag) = await salon.Owner.ReadAsync(salon.Path("/notifications"));

        var first = await salon.Owner.PutAsync(salon.Path("/notifications/templates/confirmation/customer"), OwnWording, etag);
        var second = await salon.Owner.PutAsync(salon.Path("/notifications/quiet-hours"), new { start = "22:00", end = "06:00" }, etag);
        var unconditional = await salon.Owner.PutAsync(salon.Path("/notifications/quiet-hours"), new { start = "22:00", end = "06:00" }, ifMatch: null);

        await ManageClient.OkAsync(first);
        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        await unconditional.AssertProblemAsync(HttpStatusCode.PreconditionRequired, "precondition-required");
        var (stored, storedTag) = await salon.Owner.ReadAsync(salon.Path("/notifications"));
        Assert.Equal(ManageClient.ETag(first), storedTag);
        Assert.True(Custom(stored));
        Assert.Equal("20:00", stored.GetProperty("quietHours").GetProperty("start").GetString());
    }

    [Theory]
    [InlineData("calendarDisconnected", "customer")]
    [InlineData("confirmation", "everyone")]
    [InlineData("Confirmation", "customer")]
    [InlineData("0", "customer")]
    public async Task A_template_nobody_is_told_by_is_404(string kind, string audience)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var (_, etag) = await salon.Owner.ReadAsync(salon.Path("/notifications"));

        var response = await salon.Owner.PutAsync(salon.Path($"/notifications/templates/{kind}/{audience}"), OwnWording, etag);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Staff_may_not_change_the_wording_and_nothing_is_written()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var staff = await salon.MemberAsync($"staff-{Guid.NewGuid():N}@example.test", "staff", salon.StaffId);
        var (_, etag) = await salon.Owner.ReadAsync(salon.Path("/notifications"));

        var response = await staff.PutAsync(salon.Path("/notifications/templates/confirmation/customer"), OwnWording, etag);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(etag, (await salon.Owner.ReadAsync(salon.Path("/notifications"))).ETag);
    }

    [Fact]
    public async Task A_staff_member_given_an_e_mail_address_through_the_api_is_told_of_their_bookings_there()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var address = NotificationScenario.Address("stylist");
        var path = salon.Path($"/staff/{salon.StaffId}");
        var (staff, etag) = await salon.Owner.ReadAsync(path);
        var withEmail = JsonSerializer.Deserialize<Dictionary<string, object?>>(staff.GetRawText())!;
        withEmail["email"] = address.ToUpperInvariant();

        var replaced = await ManageClient.OkAsync(await salon.Owner.PutAsync(path, withEmail, etag));
        await salon.BookAsync(new LocalStart(SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(6), 11));

        Assert.Equal(address, replaced.GetProperty("email").GetString());
        Assert.Single(await fixture.Mail.WaitForAsync(address), m => m.Subject!.StartsWith("New booking", StringComparison.Ordinal));
    }

    private static (string?, string?) Kind(JsonElement template) =>
        (template.GetProperty("kind").GetString(), template.GetProperty("audience").GetString());

    private static bool Custom(JsonElement settings) =>
        settings.GetProperty("templates").EnumerateArray().Single(t => Kind(t) == ("confirmation", "customer")).GetProperty("custom").GetBoolean();
}
