namespace AppointmentBooking.Infra.Tests;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppointmentBooking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AppointmentBooking.sln not found above " + AppContext.BaseDirectory);
    }
}
