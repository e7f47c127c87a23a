using System.Net;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Http.Manage;
using AppointmentBooking.Functions.Http.Routing;
using AppointmentBooking.Integration.Tests.Fixtures;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>
/// Every management route and method, called by the owner of tenant A for tenant B with a request
/// that would succeed for B's own owner (valid body, B's real ETags): 403, and B's stored documents
/// are exactly as before. The routes come from the functions themselves, so a new one is covered
/// (or fails here until it is given a request). Routes that name no tenant (the caller's own tenants)
/// and the event stream (opened with a stream token, not a bearer token: StreamTests refuses another
/// tenant's token there) are not management calls of one tenant by a bearer.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class CrossTenantTests(AppFixture fixture)
{
    private static readonly LocalDate Day = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(12);

    public static TheoryData<string, string> ManagementRoutes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var function in HttpFunction.Discover(typeof(Health).Assembly)
                .Where(f => f.Route.StartsWith("manage/tenants/{tenantId}", StringComparison.Ordinal) && f.Route != ManageRoutes.Stream))
            {
                foreach (var method in function.HttpMethods)
                {
                    data.Add(method, function.Route);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_management_route_has_a_request_in_this_table()
    {
        foreach (var row in ManagementRoutes)
        {
            Assert.True(Requests.ContainsKey($"{row[0]} {row[1]}"), $"No cross-tenant request for {row[0]} {row[1]}");
        }

        Assert.True(ManagementRoutes.Count >= 25);
    }

    [Theory]
    [MemberData(nameof(ManagementRoutes))]
    public async Task A_member_of_another_tenant_gets_403_and_nothing_is_written(string method, string route)
    {
        var intruder = await ManagedSalon.CreateAsync(fixture);
        var target = await Target.CreateAsync(fixture);
        var request = Requests[$"{method} {route}"](target);
        var before = await target.Salon.StoredStateAsync();

        var response = await intruder.Owner.SendAsync(new HttpMethod(method), "/api/" + target.Fill(route), request.Body, request.IfMatch);

        await Http.ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, await target.Salon.StoredStateAsync());
    }

    [Theory]
    [MemberData(nameof(ManagementRoutes))]
    public async Task The_same_request_from_the_tenants_own_owner_passes_every_check(string method, string route)
    {
        var target = await Target.CreateAsync(fixture);
        var request = Requests[$"{method} {route}"](target);

        var response = await target.Salon.Owner.SendAsync(new HttpMethod(method), "/api/" + target.Fill(route), request.Body, request.IfMatch);

        // Only a business rule may still say no (deleting a stylist with bookings, completing a booking not yet started).
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict,
            $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private sealed record Call(object? Body = null, string? IfMatch = null);

    private static readonly Dictionary<string, Func<Target, Call>> Requests = new()
    {
        ["GET " + ManageRoutes.Settings] = _ => new Call(),
        ["PUT " + ManageRoutes.Settings] = t => new Call(new
        {
            name = "Taken over",
            timeZone = "Africa/Johannesburg",
            currency = "ZAR",
            policy = new { minimumNoticeMinutes = 0, maximumDaysAhead = 5, slotIntervalMinutes = 15, holdMinutes = 15, cancellationWindowHours = 0 },
            allowedOrigins = new[] { "https://evil.example" },
        }, t.SettingsTag),
        ["GET " + ManageRoutes.Services] = _ => new Call(),
        ["POST " + ManageRoutes.Services] = _ => new Call(ManagedSalon.ServiceBody("Intruder")),
        ["GET " + ManageRoutes.Service] = _ => new Call(),
        ["PUT " + ManageRoutes.Service] = t => new Call(ManagedSalon.ServiceBody("Free", priceMinor: 0), t.ServiceTag),
        ["DELETE " + ManageRoutes.Service] = t => new Call(IfMatch: t.ServiceTag),
        ["GET " + ManageRoutes.Staff] = _ => new Call(),
        ["POST " + ManageRoutes.Staff] = _ => new Call(ManagedSalon.StaffBody("Intruder")),
        ["GET " + ManageRoutes.StaffMember] = _ => new Call(),
        ["PUT " + ManageRoutes.StaffMember] = t => new Call(new { displayName = "Gone", weeklyHours = Array.Empty<object>() }, t.StaffTag),
        ["DELETE " + ManageRoutes.StaffMember] = t => new Call(IfMatch: t.StaffTag),
        ["POST " + ManageRoutes.TimeOff] = _ => new Call(new { start = $"{Day:yyyy-MM-dd}T00:00", end = $"{Day.PlusDays(1):yyyy-MM-dd}T00:00" }),
        ["DELETE " + ManageRoutes.TimeOffEntry] = t => new Call(IfMatch: t.StaffTag),
        ["GET " + ManageRoutes.StaffCalendar] = _ => new Call(),
        ["GET " + ManageRoutes.StaffCalendarConnect] = _ => new Call(),
        ["DELETE " + ManageRoutes.StaffCalendar] = _ => new Call(),
        ["GET " + ManageRoutes.Members] = _ => new Call(),
        ["POST " + ManageRoutes.Members] = _ => new Call(new { email = "intruder@example.test", role = "owner" }),
        ["GET " + ManageRoutes.Member] = _ => new Call(),
        ["PUT " + ManageRoutes.Member] = t => new Call(new { role = "owner" }, t.MemberTag),
        ["DELETE " + ManageRoutes.Member] = t => new Call(IfMatch: t.MemberTag),
        ["GET " + ManageRoutes.Bookings] = _ => new Call(),
        ["GET " + ManageRoutes.Booking] = _ => new Call(),
        ["POST " + ManageRoutes.Booking + "/confirm"] = _ => new Call(new { }),
        ["POST " + ManageRoutes.Booking + "/complete"] = _ => new Call(new { }),
        ["POST " + ManageRoutes.Booking + "/no-show"] = _ => new Call(new { }),
        ["POST " + ManageRoutes.Booking + "/cancel"] = _ => new Call(new { refund = true }),
        ["GET " + ManageRoutes.Audit] = _ => new Call(),
        ["GET " + ManageRoutes.Dashboard] = _ => new Call(),
        ["POST " + ManageRoutes.StreamTokens] = _ => new Call(new { }),
        ["GET " + ManageRoutes.Products] = _ => new Call(),
        ["POST " + ManageRoutes.Products] = _ => new Call(ProductBody("Intruder")),
        ["GET " + ManageRoutes.Product] = _ => new Call(),
        ["PUT " + ManageRoutes.Product] = t => new Call(ProductBody("Free", 0), t.ProductTag),
        ["DELETE " + ManageRoutes.Product] = t => new Call(IfMatch: t.ProductTag),
        ["GET " + ManageRoutes.Webhooks] = _ => new Call(),
        ["POST " + ManageRoutes.Webhooks] = _ => new Call(new { url = "https://hooks.example.test/intruder" }),
        ["GET " + ManageRoutes.Webhook] = _ => new Call(),
        ["PUT " + ManageRoutes.Webhook] = t => new Call(new { url = "https://hooks.example.test/taken", enabled = true }, t.WebhookTag),
        ["DELETE " + ManageRoutes.Webhook] = t => new Call(IfMatch: t.WebhookTag),
        ["GET " + ManageRoutes.WebhookDeliveries] = _ => new Call(),
        ["GET " + ManageRoutes.Notifications] = _ => new Call(),
        ["PUT " + ManageRoutes.NotificationTemplate] = t => new Call(
            new { subject = "Taken over", text = "{{when}}", html = "<p>{{when}}</p>", sms = "{{when}}" }, t.NotificationsTag),
        ["DELETE " + ManageRoutes.NotificationTemplate] = t => new Call(IfMatch: t.NotificationsTag),
        ["PUT " + ManageRoutes.QuietHours] = t => new Call(new { start = "00:00", end = "23:59" }, t.NotificationsTag),
    };

    private static object ProductBody(string name, long priceMinor = 5_000) => new { name, priceMinor, stock = 3, active = true };

    /// <summary>Tenant B with something behind every route: a manager, a booking, time off, a connected calendar, a product, a webhook endpoint, and the ETags of each.</summary>
    private sealed record Target(
        ManagedSalon Salon, string MemberId, string MemberTag, string BookingId, string TimeOffId, string SettingsTag, string ServiceTag, string StaffTag,
        string NotificationsTag, string ProductId, string ProductTag, string WebhookId, string WebhookTag)
    {
        public static async Task<Target> CreateAsync(AppFixture fixture)
        {
            var salon = await ManagedSalon.CreateAsync(fixture);
            await salon.MemberAsync($"manager-{Guid.NewGuid():N}@example.test", "manager");
            var members = await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/members")));
            var memberId = members.EnumerateArray().First(m => m.GetProperty("role").GetString() == "manager").GetProperty("id").GetString()!;
            using (var consent = new Calendar.CalendarConsentFlow(fixture, fixture.Token(salon.OwnerEmail), salon.TenantId, salon.StaffId))
            {
                await consent.ConnectAsync(Calendar.CalendarConnectTests.Account());
            }

            var booking = await salon.BookAsync(new LocalStart(Day, 10));
            await salon.SettleAsync();
            var withTimeOff = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path($"/staff/{salon.StaffId}/time-off"),
                new { start = $"{Day:yyyy-MM-dd}T15:00", end = $"{Day:yyyy-MM-dd}T16:00" }), HttpStatusCode.Created);
            var product = (await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/products"), ProductBody("Serum")), HttpStatusCode.Created))
                .GetProperty("id").GetString()!;
            var webhook = (await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/webhooks"), new { url = fixture.Webhooks.Hook(), events = new[] { "calendar.disconnected" } }),
                HttpStatusCode.Created)).GetProperty("id").GetString()!;
            return new Target(
                salon,
                memberId,
                (await salon.Owner.ReadAsync(salon.Path($"/members/{memberId}"))).ETag,
                booking.GetProperty("id").GetString()!,
                withTimeOff.GetProperty("timeOff")[0].GetProperty("id").GetString()!,
                (await salon.Owner.ReadAsync(salon.Path("/settings"))).ETag,
                (await salon.Owner.ReadAsync(salon.Path($"/services/{salon.ServiceId}"))).ETag,
                (await salon.Owner.ReadAsync(salon.Path($"/staff/{salon.StaffId}"))).ETag,
                (await salon.Owner.ReadAsync(salon.Path("/notifications"))).ETag,
                product,
                (await salon.Owner.ReadAsync(salon.Path($"/products/{product}"))).ETag,
                webhook,
                (await salon.Owner.ReadAsync(salon.Path($"/webhooks/{webhook}"))).ETag);
        }

        public string Fill(string route) => route
            .Replace("{tenantId}", Salon.TenantId, StringComparison.Ordinal)
            .Replace("{serviceId}", Salon.ServiceId, StringComparison.Ordinal)
            .Replace("{staffId}", Salon.StaffId, StringComparison.Ordinal)
            .Replace("{timeOffId}", TimeOffId, StringComparison.Ordinal)
            .Replace("{memberId}", MemberId, StringComparison.Ordinal)
            .Replace("{bookingId}", BookingId, StringComparison.Ordinal)
            .Replace("{productId}", ProductId, StringComparison.Ordinal)
            .Replace("{endpointId}", WebhookId, StringComparison.Ordinal)
            .Replace("{kind}", "confirmation", StringComparison.Ordinal)
            .Replace("{audience}", "customer", StringComparison.Ordinal)
            + (route.EndsWith("/bookings", StringComparison.Ordinal) ? $"?from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}" : string.Empty);
    }
}
