using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;

// Runs the Functions app's HTTP functions on Kestrel, against emulators it starts when needed.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json")
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

await using var emulators = await LocalEmulators.StartIfNeededAsync(configuration, CancellationToken.None);
var app = LocalApp.Build(args, emulators.Settings);
await app.RunAsync();
