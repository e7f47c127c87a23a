using System.Net;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>An id in a management route names only a resource of its own kind: anything else in the partition, or text that is no id, is 404.</summary>
[Collection(SharedApp.Name)]
public sealed class ResourceIdTests(AppFixture fixture)
{
    [Theory]
    [InlineData("/services/member-roster")]
    [InlineData("/services/catalog-stamp")]
    [InlineData("/staff/{serviceId}")]
    [InlineData("/services/{staffId}")]
    [InlineData("/bookings/member-roster")]
    [InlineData("/bookings/{tenantId}")]
    [InlineData("/members/not..an..id!")]
    public async Task Another_kind_of_document_or_a_non_id_is_404(string relative)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var path = relative.Replace("{serviceId}", salon.ServiceId, StringComparison.Ordinal)
            .Replace("{staffId}", salon.StaffId, StringComparison.Ordinal)
            .Replace("{tenantId}", salon.TenantId, StringComparison.Ordinal);

        await (await salon.Owner.GetAsync(salon.Path(path))).AssertProblemAsync(HttpStatusCode.NotFound, "not-found");
    }
}
