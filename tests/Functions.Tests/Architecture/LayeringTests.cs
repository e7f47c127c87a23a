using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Tests.Metadata;

namespace AppointmentBooking.Functions.Tests.Architecture;

/// <summary>The shape ARCHITECTURE.md promises: stored document types stay inside the Cosmos adapter, and the domain references no Azure SDK.</summary>
public sealed class LayeringTests
{
    private const string DocumentsNamespace = "AppointmentBooking.Functions.Infrastructure.Cosmos.Documents";

    public static TheoryData<string> LayersAboveTheStore => new() { "Application", "Http", "Queues", "Timers" };

    [Theory]
    [MemberData(nameof(LayersAboveTheStore))]
    public void No_layer_above_the_store_names_a_stored_document_type(string layer)
    {
        var documentTypes = typeof(Health).Assembly.GetTypes().Where(t => t.Namespace == DocumentsNamespace).Select(t => t.Name).ToList();
        var offenders =
            from file in SourceFiles(Path.Combine("src", "Functions", layer))
            let text = File.ReadAllText(file)
            from name in documentTypes.Append("Cosmos.Documents").Append("CosmosStore")
            where Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b")
            select $"{Path.GetRelativePath(RepositoryRoot.Path, file)} names {name}";

        Assert.NotEmpty(documentTypes);
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_domain_references_nothing_but_NodaTime()
    {
        var references = typeof(Domain.Bookings.Appointment).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard");

        Assert.Equal(["NodaTime"], references);
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
