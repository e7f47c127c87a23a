using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Owners invite, change and remove members; the last owner can neither leave nor be demoted.</summary>
[Collection(SharedApp.Name)]
public sealed class MembersTests(AppFixture fixture)
{
    [Fact]
    public async Task An_invited_person_joins_on_first_call_with_the_role_they_were_given()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var email = $"new-{Guid.NewGuid():N}@example.test";
        var invited = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/members"), new { email, role = "manager" }), HttpStatusCode.Created);
        Assert.False(invited.GetProperty("joined").GetBoolean());

        var manager = salon.Owner.As(fixture.Token(email));
        await ManageClient.OkAsync(await manager.PostAsync(salon.Path("/services"), ManagedSalon.ServiceBody("Beard trim")), HttpStatusCode.Created);

        var (member, _) = await salon.Owner.ReadAsync(salon.Path($"/members/{invited.GetProperty("id").GetString()}"));
        Assert.True(member.GetProperty("joined").GetBoolean());
        await (await manager.GetAsync(salon.Path("/members"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Inviting_an_address_that_is_already_a_member_is_409()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var response = await salon.Owner.PostAsync(salon.Path("/members"), new { email = salon.OwnerEmail, role = "manager" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "change-refused");
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_removed_nor_demoted_but_can_once_another_owner_joined()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var ownerId = (await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/members")))).EnumerateArray().Single().GetProperty("id").GetString();
        var path = salon.Path($"/members/{ownerId}");
        var (_, etag) = await salon.Owner.ReadAsync(path);

        await (await salon.Owner.DeleteAsync(path, etag)).AssertProblemAsync(HttpStatusCode.Conflict, "change-refused");
        await (await salon.Owner.PutAsync(path, new { role = "manager" }, etag)).AssertProblemAsync(HttpStatusCode.Conflict, "change-refused");

        var second = await salon.MemberAsync($"co-owner-{Guid.NewGuid():N}@example.test", "owner");
        await ManageClient.OkAsync(await second.DeleteAsync(path, etag), HttpStatusCode.NoContent);
        await (await salon.Owner.GetAsync(salon.Path("/services"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Two_owners_removing_each_other_at_once_leave_one_owner()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var second = await salon.MemberAsync($"co-owner-{Guid.NewGuid():N}@example.test", "owner");
        var members = (await ManageClient.OkAsync(await salon.Owner.GetAsync(salon.Path("/members")))).EnumerateArray().ToList();
        var ids = members.Select(m => m.GetProperty("id").GetString()!).ToList();
        var tags = await Task.WhenAll(ids.Select(async id => (await salon.Owner.ReadAsync(salon.Path($"/members/{id}"))).ETag));

        var results = await Task.WhenAll(
            salon.Owner.DeleteAsync(salon.Path($"/members/{ids[1]}"), tags[1]),
            second.DeleteAsync(salon.Path($"/members/{ids[0]}"), tags[0]));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.NoContent);
        var remaining = await ManageClient.OkAsync(await (results[0].IsSuccessStatusCode ? salon.Owner : second).GetAsync(salon.Path("/members")));
        Assert.Single(remaining.EnumerateArray(), m => m.GetProperty("role").GetString() == "owner");
    }

    [Fact]
    public async Task A_stylist_sees_their_own_schedule_and_bookings_only()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var other = await ManageClient.OkAsync(await salon.Owner.PostAsync(salon.Path("/staff"), ManagedSalon.StaffBody("Bo")), HttpStatusCode.Created);
        var stylist = await salon.MemberAsync($"ann-{Guid.NewGuid():N}@example.test", "staff", salon.StaffId);
        var day = NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(8);
        await salon.BookAsync(new LocalStart(day, 10));

        await ManageClient.OkAsync(await stylist.GetAsync(salon.Path($"/staff/{salon.StaffId}")));
        await (await stylist.GetAsync(salon.Path($"/staff/{other.GetProperty("id").GetString()}"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var own = await ManageClient.OkAsync(await stylist.GetAsync(salon.Path($"/bookings?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}")));
        Assert.Single(own.GetProperty("items").EnumerateArray());
        await (await stylist.GetAsync(salon.Path($"/bookings?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&staffId={other.GetProperty("id").GetString()}")))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }
}
