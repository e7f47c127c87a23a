using System.Text.Json.Nodes;
using AppointmentBooking.Functions.Infrastructure.Identity;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.LocalHost.Identity;

/// <summary>
/// The dashboard's sign-in on the local host only: a page posts an e-mail address and gets a token of
/// the development issuer for it, as <c>mint-token</c> prints one. The Functions app has no such route;
/// in Azure the dashboard signs in with the configured OIDC provider. The site's <c>config.json</c> is
/// served with <c>developmentSignIn</c> added, so the page offers this sign-in only where it exists.
/// </summary>
internal static class DevelopmentSignIn
{
    public const string Route = "/local/development-token";
    private const int MaxSubjectLength = 254;

    public static WebApplication MapDevelopmentSignIn(this WebApplication app, IFileProvider site)
    {
        if (!app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Development.IsEnabled)
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/config.json")
            {
                await WriteConfigurationAsync(context, site);
                return;
            }

            await next(context);
        });
        app.MapPost(Route, (SignInRequest request, IOptions<AuthOptions> options, IClock clock) =>
        {
            var subject = request.Subject?.Trim() ?? string.Empty;
            if (subject.Length is 0 or > MaxSubjectLength)
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["subject"] = [$"is required, at most {MaxSubjectLength} characters."] });
            }

            var now = clock.GetCurrentInstant();
            return Results.Json(new SignInResponse(
                DevelopmentTokens.Mint(options.Value, subject, now),
                InstantPattern.ExtendedIso.Format(now + DevelopmentTokens.DefaultLifetime)));
        });
        return app;
    }

    private static async Task WriteConfigurationAsync(HttpContext context, IFileProvider site)
    {
        var file = site.GetFileInfo("config.json");
        JsonObject configuration;
        await using (var stream = file.CreateReadStream())
        {
            configuration = JsonNode.Parse(stream)?.AsObject() ?? [];
        }

        configuration["developmentSignIn"] = Route;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(configuration);
    }

    private sealed record SignInRequest(string? Subject);

    private sealed record SignInResponse(string Token, string ExpiresAt);
}
