using System.Globalization;
using System.Net;

namespace AppointmentBooking.LocalHost.Fakes.Stripe;

/// <summary>The payment page a person sees on the local host instead of Stripe's: the deposit, and Pay or Decline.</summary>
internal static class SimulatorPage
{
    public static string For(FakeStripeSession session) =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Payment simulator</title>
        <style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#111}
        button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:.4rem;border:1px solid #333;cursor:pointer}
        .pay{background:#0b5;color:#fff;border-color:#094}</style></head>
        <body>
        <h1>Payment simulator</h1>
        <p>This page stands in for Stripe Checkout on the local host. Nothing is charged.</p>
        <p><strong>{{WebUtility.HtmlEncode(session.Description)}}</strong><br>
        {{(session.AmountTotal / 100m).ToString("0.00", CultureInfo.InvariantCulture)}} {{session.Currency.ToUpperInvariant()}}</p>
        {{Body(session)}}
        </body>
        </html>
        """;

    private static string Body(FakeStripeSession session) => session.Status switch
    {
        "open" => $"""
            <form method="post" action="/pay/{session.Id}/succeed" style="display:inline"><button class="pay" type="submit">Pay</button></form>
            <form method="post" action="/pay/{session.Id}/decline" style="display:inline"><button type="submit">Decline</button></form>
            """,
        "complete" => "<p>Paid.</p>",
        _ => "<p>This checkout has expired.</p>",
    };
}
