namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>All integration tests share one app and one set of emulators.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
