namespace AppointmentBooking.Web.Tests.Fixtures;

/// <summary>All browser tests share one running product: starting emulators and a browser once is most of their cost.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
