namespace AppointmentBooking.Functions.Tests.Metadata;

/// <summary>
/// One publish per test run for every class that reads the published app: two publishes at once
/// would race on the same obj/Release folder.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishedApp : ICollectionFixture<PublishedFunctionsApp>
{
    public const string Name = "published app";
}
