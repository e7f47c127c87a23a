namespace AppointmentBooking.Infra.Tests;

public class BicepCompilationTests
{
    private static List<string> Files() =>
        Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Repository.Root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> BicepFiles() => new(Files());

    [Fact]
    public void Infra_folder_has_main_bicep_and_modules()
    {
        var files = Files();

        Assert.Contains("infra/main.bicep", files);
        Assert.Contains("infra/app/functions.bicep", files);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_file_compiles_without_errors_or_warnings(string file)
    {
        var build = BicepCli.Build(Repository.PathOf(file));

        var problems = build.Diagnostics.Where(d => d.Level is "Error" or "Warning").ToList();
        Assert.True(
            problems.Count == 0,
            $"{file}: {problems.Count} diagnostic(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
        Assert.True(
            build.UnparsedOutput.Count == 0,
            $"{file}: unexpected bicep output:{Environment.NewLine}" + string.Join(Environment.NewLine, build.UnparsedOutput));
        Assert.True(build.ExitCode == 0, $"{file}: bicep exited with {build.ExitCode}: {build.Errors}");
        Assert.NotNull(build.TemplateJson["resources"]);
    }
}
