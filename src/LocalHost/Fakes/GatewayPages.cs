using System.Net;

namespace AppointmentBooking.LocalHost.Fakes;

/// <summary>
/// The payment page a person sees on the local host in place of a regional gateway's: what is being paid,
/// and buttons that post to the fake, which then does what the gateway would (notify the app, send the
/// customer back). Nothing is charged.
/// </summary>
public static class GatewayPages
{
    public static string Checkout(string gateway, string description, string amount, string payAction, string declineAction, bool open) =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{Encode(gateway)}} simulator</title>
        <style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#111}
        button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:.4rem;border:1px solid #333;cursor:pointer}
        .pay{background:#0b5;color:#fff;border-color:#094}</style></head>
        <body>
        <h1>{{Encode(gateway)}} simulator</h1>
        <p>This page stands in for {{Encode(gateway)}} on the local host. Nothing is charged.</p>
        <p><strong>{{Encode(description)}}</strong><br>{{Encode(amount)}}</p>
        {{(open ? Buttons(payAction, declineAction) : "<p>This checkout is closed.</p>")}}
        </body>
        </html>
        """;

    /// <summary>A page that posts <paramref name="fields"/> to <paramref name="action"/> at once, as gateways send customers back with a form post.</summary>
    public static string AutoPost(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Returning to the shop</title></head>
        <body onload="document.forms[0].submit()">
        <form method="post" action="{{Encode(action)}}">
        {{string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{Encode(f.Key)}\" value=\"{Encode(f.Value)}\">"))}}
        <button type="submit">Continue</button>
        </form>
        </body></html>
        """;

    private static string Buttons(string payAction, string declineAction) =>
        $"""
        <form method="post" action="{Encode(payAction)}" style="display:inline"><button class="pay" type="submit">Pay</button></form>
        <form method="post" action="{Encode(declineAction)}" style="display:inline"><button type="submit">Decline</button></form>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
