using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Infrastructure;

[Collection(SharedApp.Name)]
public sealed class CosmosStoreTests(AppFixture fixture)
{
    [Fact]
    public async Task Reading_a_missing_document_returns_null()
    {
        var document = await fixture.Store.ReadAsync<TenantDocument>("tnt-nobody", "tnt-nobody", CancellationToken.None);

        Assert.Null(document);
    }

    [Fact]
    public async Task Upserted_document_reads_back_with_its_etag()
    {
        var tenant = new TestTenant().WithService("Cut", 30, 20_000);
        var written = await fixture.Store.UpsertAsync(tenant.Services[0], CancellationToken.None);

        var read = await fixture.Store.ReadAsync<ServiceDocument>(tenant.TenantId, written.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal("Cut", read.Name);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Query_stays_inside_the_tenant_partition_and_type()
    {
        var mine = await fixture.SeedAsync(new TestTenant().WithService("Mine", 30, 1_000));
        await fixture.SeedAsync(new TestTenant().WithService("Theirs", 30, 1_000));

        var services = await fixture.Store.QueryAsync<ServiceDocument>(
            mine.TenantId, DocumentTypes.Service, PartitionQuery.All, CancellationToken.None);

        Assert.Equal("Mine", Assert.Single(services).Name);
    }
}
