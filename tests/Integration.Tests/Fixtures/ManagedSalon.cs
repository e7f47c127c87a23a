using System.Globalization;
using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>A tenant made through the management API: signed up by its owner, with one service and one staff member working every day 08:00–18:00.</summary>
public sealed record ManagedSalon(AppFixture Fixture, string TenantId, string Slug, string OwnerEmail, ManageClient Owner, string ServiceId, string StaffId)
{
    private readonly System.Collections.Concurrent.ConcurrentBag<JsonElement> booked = [];

    public string Path(string relative = "") => $"/api/manage/tenants/{TenantId}{relative}";

    public static object EveryDay(string start = "08:00", string end = "18:00") =>
        Days.Select(day => new { day, start, end }).ToArray();

    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static object SignUpBody(string slug, string name = "Managed Salon") => new
    {
        name,
        slug,
        timeZone = "Africa/Johannesburg",
        currency = "ZAR",
        policy = new { minimumNoticeMinutes = 60, maximumDaysAhead = 30, slotIntervalMinutes = 15, holdMinutes = 15, cancellationWindowHours = 24 },
    };

    public static object ServiceBody(string name = "Cut", int minutes = 60, long priceMinor = 40_000) =>
        new { name, durationMinutes = minutes, priceMinor };

    public static object StaffBody(string displayName = "Ann") => new { displayName, weeklyHours = EveryDay() };

    /// <summary>Signs up a new tenant as a new owner and adds a service and a staff member through the API.</summary>
    public static async Task<ManagedSalon> CreateAsync(AppFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var email = $"owner-{suffix}@example.test";
        var owner = new ManageClient(fixture, fixture.Token(email));
        var tenant = await ManageClient.OkAsync(await owner.PostAsync("/api/tenants", SignUpBody($"managed-{suffix}")), HttpStatusCode.Created);
        var tenantId = tenant.GetProperty("id").GetString()!;
        var service = await ManageClient.OkAsync(
            await owner.PostAsync($"/api/manage/tenants/{tenantId}/services", ServiceBody()), HttpStatusCode.Created);
        var staff = await ManageClient.OkAsync(await owner.PostAsync($"/api/manage/tenants/{tenantId}/staff", StaffBody()), HttpStatusCode.Created);
        return new ManagedSalon(fixture, tenantId, tenant.GetProperty("slug").GetString()!, email, owner,
            service.GetProperty("id").GetString()!, staff.GetProperty("id").GetString()!);
    }

    /// <summary>Chooses the salon's gateway (and changes its credentials) through the settings, keeping the rest as it is.</summary>
    public async Task<JsonElement> ChoosePaymentsAsync(object payments)
    {
        var (current, etag) = await Owner.ReadAsync(Path("/settings"));
        return await ManageClient.OkAsync(await Owner.PutAsync(Path("/settings"), new
        {
            name = current.GetProperty("name").GetString(),
            timeZone = current.GetProperty("timeZone").GetString(),
            currency = current.GetProperty("currency").GetString(),
            policy = current.GetProperty("policy"),
            deposit = current.TryGetProperty("deposit", out var deposit) ? deposit : (JsonElement?)null,
            allowedOrigins = current.GetProperty("allowedOrigins"),
            payments,
        }, etag));
    }

    /// <summary>Invites <paramref name="email"/> with a role and lets them join by calling once; returns their client.</summary>
    public async Task<ManageClient> MemberAsync(string email, string role, string? staffId = null)
    {
        await ManageClient.OkAsync(await Owner.PostAsync(Path("/members"), new { email, role, staffId }), HttpStatusCode.Created);
        var member = Owner.As(Fixture.Token(email));
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await member.GetAsync(Path("/services"))).StatusCode);
        return member;
    }

    /// <summary>Books the service with the staff member through the public API at a local time on a day ahead.</summary>
    public async Task<JsonElement> BookAsync(LocalStart start, string email = "ann@example.com", string? serviceId = null)
    {
        var body = new { serviceId = serviceId ?? ServiceId, staffId = StaffId, start = start.Text, customer = new { name = "Ann", email } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{Slug}/bookings")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var booking = await ManageClient.OkAsync(await Fixture.Client.SendAsync(request), HttpStatusCode.Created);
        booked.Add(booking);
        return booking;
    }

    /// <summary>
    /// Waits until the background work of the bookings made through <see cref="BookAsync"/> is done —
    /// their sagas completed, customer records kept, outboxes acknowledged — so the stored state stays still.
    /// </summary>
    public async Task SettleAsync()
    {
        foreach (var booking in booked)
        {
            var read = await Eventually.ExpectAsync(() => ReadBookingAsync(booking),
                b => b.TryGetProperty("progress", out var progress) && progress.GetString() == "completed", TimeSpan.FromSeconds(30));
            Assert.Equal("completed", read.GetProperty("progress").GetString());
        }

        var owing = await Eventually.ExpectAsync(
            () => Fixture.Store.QueryAsync<AppointmentDocument>(TenantId, DocumentTypes.Appointment, new PartitionQuery("c.outboxPending = true"),
                CancellationToken.None),
            pending => pending.Count == 0);
        Assert.Empty(owing);
    }

    private async Task<JsonElement> ReadBookingAsync(JsonElement booking)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/{Slug}/bookings/{booking.GetProperty("id").GetString()}");
        request.Headers.Add("Booking-Access-Token", booking.GetProperty("accessToken").GetString());
        return await ManageClient.OkAsync(await Fixture.Client.SendAsync(request));
    }

    /// <summary>Every document of the tenant's partition and its directory entry, to compare before and after a request.</summary>
    public async Task<string> StoredStateAsync()
    {
        var documents = new List<JsonElement>();
        using var iterator = Fixture.Store.Container.GetItemQueryIterator<JsonElement>(
            new Microsoft.Azure.Cosmos.QueryDefinition("SELECT * FROM c WHERE c.tenantId = @tenantId").WithParameter("@tenantId", TenantId),
            requestOptions: new Microsoft.Azure.Cosmos.QueryRequestOptions
            {
                PartitionKey = new Microsoft.Azure.Cosmos.PartitionKey(TenantId),
                EnableOptimisticDirectExecution = true,
            });
        while (iterator.HasMoreResults)
        {
            documents.AddRange(await iterator.ReadNextAsync());
        }

        var slug = await Fixture.Store.ReadAsync<TenantSlugDocument>(DocumentTypes.DirectoryPartition, Slug, CancellationToken.None);
        // Notification records are kept by the notifications queue for the tenant's own bookings, at their own pace; no request writes them.
        return string.Join("\n", documents
                .Where(d => d.GetProperty("type").GetString() != DocumentTypes.Notification)
                .Select(d => $"{d.GetProperty("id")}:{d.GetProperty("_etag")}")
                .Order(StringComparer.Ordinal))
            + $"\nslug:{slug?.ETag}";
    }
}

/// <summary>Gives tenants seeded as documents (not signed up) an owner who can call the management API.</summary>
public static class ManagedOwners
{
    /// <summary>Writes a roster whose one owner is a new development-issuer identity, and returns that owner's client.</summary>
    public static async Task<ManageClient> OwnerOfAsync(this AppFixture fixture, TestTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(tenant);
        var email = $"owner-{Guid.NewGuid():N}@example.test";
        var since = fixture.Clock.GetCurrentInstant();
        await fixture.Store.UpsertAsync(new MemberRosterDocument
        {
            Id = MemberRosterDocument.DocumentId,
            TenantId = tenant.TenantId,
            Members = [new MemberDocument("mbr-owner", email, Domain.Members.Role.Owner, null, fixture.Auth.Development.Issuer, email, since, since, null)],
        }, CancellationToken.None);
        return new ManageClient(fixture, fixture.Token(email));
    }
}

/// <summary>A local start on a day ahead, written as the public API expects it (Johannesburg, +02:00).</summary>
public sealed record LocalStart(NodaTime.LocalDate Date, int Hour, int Minute = 0)
{
    public string Text => Date.At(new NodaTime.LocalTime(Hour, Minute)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+02:00";
}
