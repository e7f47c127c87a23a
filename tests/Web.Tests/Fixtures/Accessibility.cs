using System.Text.Json;
using AppointmentBooking.LocalHost;
using Microsoft.Playwright;

namespace AppointmentBooking.Web.Tests.Fixtures;

/// <summary>Runs axe-core (pinned in tools/web-tests) in a page and lists the serious and critical violations.</summary>
internal sealed class Accessibility(string axeScript)
{
    public static async Task<Accessibility> LoadAsync()
    {
        var package = NpmPackage.Locate("tools/web-tests");
        await package.EnsureInstalledAsync(CancellationToken.None);
        return new Accessibility(await File.ReadAllTextAsync(package.ModuleFile("axe-core/axe.min.js")));
    }

    /// <summary>"rule: help (n nodes)" for each serious or critical violation on the page as it is now.</summary>
    public async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axeScript });
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }))");
        return [.. result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({v.GetProperty("nodes").GetInt32()} nodes)")];
    }
}
