using AppointmentBooking.LocalHost.Identity;
using Microsoft.Extensions.FileProviders;

namespace AppointmentBooking.LocalHost.Routing;

internal static class StaticSiteEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves web/ (copied next to the local host as site/) the way its staticwebapp.config.json tells
    /// Azure Static Web Apps to: files as they are, the dashboard's pages from manage/index.html, every
    /// other page from index.html. The API keeps its routes: fallbacks answer only what nothing else claims.
    /// The dashboard's development sign-in comes first: it changes what config.json says.
    /// </summary>
    public static WebApplication MapStaticSites(this WebApplication app)
    {
        var site = new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "site")) };
        app.MapDevelopmentSignIn(site.FileProvider);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = site.FileProvider });
        app.UseStaticFiles(site);
        app.MapFallbackToFile("manage/{**path:nonfile}", "manage/index.html", site);
        app.MapFallbackToFile("{**path:nonfile}", "index.html", site);
        return app;
    }
}
