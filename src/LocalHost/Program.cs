using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Identity;

// Runs the Functions app's functions on Kestrel, against emulators and fakes it starts when needed.
// `mint-token <subject>` prints a development token instead (see README, "Managing a business").
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json")
    .AddEnvironmentVariables()
    .AddCommandLine([.. args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal))])
    .Build();

if (args is ["mint-token", .. var rest])
{
    return DevelopmentTokens.Run(configuration, [.. rest.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))]);
}

await using var emulators = await LocalEmulators.StartIfNeededAsync(configuration, CancellationToken.None);
await using var fakes = await LocalFakes.StartIfNeededAsync(configuration, CancellationToken.None);
var app = LocalApp.Build(args, emulators.Settings.Concat(fakes.Settings).ToDictionary());
app.Lifetime.ApplicationStarted.Register(() => fakes.Notify(new Uri(app.Urls.First().TrimEnd('/') + "/")));
await app.RunAsync();
return 0;
