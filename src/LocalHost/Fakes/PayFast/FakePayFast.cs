using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AppointmentBooking.LocalHost.Fakes.PayFast;

/// <summary>
/// PayFast as far as the app uses it (https://www.payfast.co.za/documentation/, https://developers.payfast.co.za/api):
/// the payment page that takes the checkout form (checking merchant, key and signature, as PayFast shows an
/// error page otherwise), the ITN it posts to the form's <c>notify_url</c> — fields in PayFast's order,
/// signed with the merchant's passphrase — the validation post-back that answers <c>VALID</c> only for an ITN it
/// sent, and the refund query and refund of the REST API, checking their signed headers. A person pays on its
/// simulator page; tests drive the same ITNs from code, forged, tampered and unsent ones included.
/// </summary>
public sealed class FakePayFast : FakeServer
{
    /// <summary>PayFast's public sandbox merchant (PayFast's PHP SDK README).</summary>
    public const string SandboxMerchantId = "10000100";
    public const string SandboxMerchantKey = "46f0cd694581a";
    public const string SandboxPassphrase = "jt7NOE43FZPn";

    /// <summary>The fields PayFast signs in a checkout, in its order.</summary>
    public static readonly IReadOnlyList<string> CheckoutFieldOrder =
    [
        "merchant_id", "merchant_key", "return_url", "cancel_url", "notify_url", "notify_method", "name_first", "name_last",
        "email_address", "cell_number", "m_payment_id", "amount", "item_name", "item_description",
        "custom_int1", "custom_int2", "custom_int3", "custom_int4", "custom_int5",
        "custom_str1", "custom_str2", "custom_str3", "custom_str4", "custom_str5",
        "email_confirmation", "confirmation_address", "currency", "payment_method",
    ];

    private readonly ConcurrentDictionary<string, (string Key, string Passphrase)> merchants = new();
    private readonly ConcurrentDictionary<string, FakePayFastPayment> payments = new();
    private readonly ConcurrentDictionary<string, byte> sentItns = new();
    private readonly ConcurrentQueue<(string PfPaymentId, long Amount)> refunds = new();
    private int nextPaymentId = 1_579_137;

    public FakePayFast WithMerchant(string merchantId, string merchantKey, string passphrase)
    {
        merchants[merchantId] = (merchantKey, passphrase);
        return this;
    }

    /// <summary>How the refund query says a refund reaches the buyer: <c>PAYMENT_SOURCE</c>, or <c>BANK_PAYOUT</c> for EFT payments.</summary>
    public string RefundMethod { get; set; } = "PAYMENT_SOURCE";

    public IReadOnlyCollection<FakePayFastPayment> Payments => [.. payments.Values];

    /// <summary>Refunds made, as (pf_payment_id, cents).</summary>
    public IReadOnlyList<(string PfPaymentId, long Amount)> Refunds => [.. refunds];

    public FakePayFastPayment PaymentOf(string mPaymentId) => payments[mPaymentId];

    /// <summary>Posts a checkout form to the payment page as the customer's browser does; the answer is the page PayFast shows.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IReadOnlyDictionary<string, string> form) =>
        await GatewayPosts.PostFormAsync(new Uri(BaseAddress, "eng/process"), form);

    /// <summary>The ITN PayFast sends about a payment, in PayFast's field order, unsigned.</summary>
    public IReadOnlyList<(string Name, string Value)> ItnFields(string mPaymentId, string status = "COMPLETE", string? amountGross = null)
    {
        var payment = payments[mPaymentId];
        var gross = decimal.Parse(amountGross ?? payment.Amount, CultureInfo.InvariantCulture);
        var fee = -decimal.Round(gross * 0.035m, 2);
        return
        [
            ("m_payment_id", mPaymentId), ("pf_payment_id", payment.PfPaymentId ?? string.Empty), ("payment_status", status),
            ("item_name", payment.Field("item_name")), ("item_description", payment.Field("item_description")),
            ("amount_gross", Format(gross)), ("amount_fee", Format(fee)), ("amount_net", Format(gross + fee)),
            ("custom_str1", payment.Field("custom_str1")), ("custom_str2", payment.Field("custom_str2")), ("custom_str3", payment.Field("custom_str3")),
            ("custom_str4", payment.Field("custom_str4")), ("custom_str5", payment.Field("custom_str5")),
            ("custom_int1", payment.Field("custom_int1")), ("custom_int2", payment.Field("custom_int2")), ("custom_int3", payment.Field("custom_int3")),
            ("custom_int4", payment.Field("custom_int4")), ("custom_int5", payment.Field("custom_int5")),
            ("name_first", payment.Field("name_first")), ("name_last", payment.Field("name_last")),
            ("email_address", payment.Field("email_address")), ("merchant_id", payment.MerchantId),
        ];
    }

    /// <summary>The customer pays: PayFast marks it complete and posts its ITN (unless held back, to test a lost one).</summary>
    public async Task<HttpResponseMessage?> PayAsync(string mPaymentId, bool deliverItn = true, string? amountGross = null)
    {
        var paid = payments.AddOrUpdate(mPaymentId, _ => throw new KeyNotFoundException(mPaymentId), (_, p) => p with
        {
            Status = "COMPLETE",
            PfPaymentId = p.PfPaymentId ?? Interlocked.Increment(ref nextPaymentId).ToString(CultureInfo.InvariantCulture),
        });
        return deliverItn ? await SendItnAsync(ItnFields(paid.MPaymentId, amountGross: amountGross)) : null;
    }

    /// <summary>Posts a correctly signed ITN PayFast sent (so its validation post-back answers VALID).</summary>
    public Task<HttpResponseMessage> SendItnAsync(IReadOnlyList<(string Name, string Value)> fields) => PostItnAsync(fields, remember: true);

    /// <summary>Posts an ITN to the payment's notify URL, made as <see cref="Itn"/> says.</summary>
    public async Task<HttpResponseMessage> PostItnAsync(
        IReadOnlyList<(string Name, string Value)> fields, bool remember = false, string? passphrase = null, bool withSignature = true,
        Func<IReadOnlyList<(string Name, string Value)>, IReadOnlyList<(string Name, string Value)>>? alterAfterSigning = null)
    {
        var payment = payments[fields.First(f => f.Name == "m_payment_id").Value];
        return await GatewayPosts.PostFormAsync(new Uri(payment.Field("notify_url")),
            Itn(fields, remember, passphrase, withSignature, alterAfterSigning));
    }

    /// <summary>
    /// An ITN as posted: signed with <paramref name="passphrase"/> (the merchant's when null) or not at all,
    /// perhaps changed after signing, and remembered as one PayFast sent (its post-back then answers VALID) or not.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Itn(
        IReadOnlyList<(string Name, string Value)> fields, bool remember = true, string? passphrase = null, bool withSignature = true,
        Func<IReadOnlyList<(string Name, string Value)>, IReadOnlyList<(string Name, string Value)>>? alterAfterSigning = null)
    {
        var merchantId = fields.FirstOrDefault(f => f.Name == "merchant_id").Value ?? string.Empty;
        if (remember)
        {
            sentItns[PayFastReferenceSignature.Joined(fields, null)] = 0;
        }

        var signature = PayFastReferenceSignature.Notification(fields,
            passphrase ?? (merchants.TryGetValue(merchantId, out var merchant) ? merchant.Passphrase : string.Empty));
        var posted = (alterAfterSigning?.Invoke(fields) ?? fields).Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
        if (withSignature)
        {
            posted.Add(KeyValuePair.Create("signature", signature));
        }

        return posted;
    }

    protected override void MapRoutes(WebApplication application)
    {
        application.MapPost("/eng/process", ProcessAsync);
        application.MapGet("/eng/process/{id}", (string id) => payments.TryGetValue(id, out var p) ? Page(p) : Results.NotFound());
        application.MapPost("/eng/process/{id}/pay", async (string id) =>
        {
            await PayAsync(id);
            return Results.Redirect(payments[id].Field("return_url"));
        });
        application.MapPost("/eng/process/{id}/cancel", (string id) =>
        {
            var cancelled = payments[id] = payments[id] with { Status = "CANCELLED" };
            return Results.Redirect(cancelled.Field("cancel_url"));
        });
        application.MapPost("/eng/query/validate", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var posted = await reader.ReadToEndAsync();
            return Results.Text(sentItns.ContainsKey(posted) ? "VALID" : "INVALID");
        });
        application.MapGet("/refunds/query/{id}", (HttpRequest request, string id) => Api(request, [], () => RefundQuery(id)));
        application.MapPost("/refunds/{id}", async (HttpRequest request, string id) =>
        {
            var form = await request.ReadFormAsync();
            var body = form.Select(f => (f.Key, f.Value.ToString())).ToList();
            return Api(request, body, () => Refund(id, long.Parse(form["amount"]!, CultureInfo.InvariantCulture)));
        });
    }

    private async Task<IResult> ProcessAsync(HttpRequest request)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var merchantId = form.GetValueOrDefault("merchant_id") ?? string.Empty;
        if (!merchants.TryGetValue(merchantId, out var merchant) || form.GetValueOrDefault("merchant_key") != merchant.Key)
        {
            return Error("The merchant id or key is not valid.");
        }

        if (form.GetValueOrDefault("signature") != PayFastReferenceSignature.Checkout(form, CheckoutFieldOrder, merchant.Passphrase))
        {
            return Error("Generated signature does not match submitted signature.");
        }

        var payment = payments.AddOrUpdate(form["m_payment_id"], _ => new FakePayFastPayment(merchantId, form),
            (_, existing) => existing.Status == "open" ? new FakePayFastPayment(merchantId, form) : existing);
        return Page(payment);
    }

    private IResult Api(HttpRequest request, IReadOnlyList<(string, string)> body, Func<JsonObject> answer)
    {
        var merchantId = request.Headers["merchant-id"].ToString();
        var signed = new List<(string, string)>
        {
            ("merchant-id", merchantId), ("version", request.Headers["version"].ToString()), ("timestamp", request.Headers["timestamp"].ToString()),
        };
        signed.AddRange(body);
        signed.AddRange(request.Query.Select(q => (q.Key, q.Value.ToString())));
        if (!merchants.TryGetValue(merchantId, out var merchant)
            || request.Headers["signature"].ToString() != PayFastReferenceSignature.Api(signed, merchant.Passphrase))
        {
            return Results.Json(Failure(401, "Merchant authorisation failed."), statusCode: 401);
        }

        var json = answer();
        return Results.Json(json, statusCode: json["code"]!.GetValue<int>());
    }

    private JsonObject RefundQuery(string pfPaymentId)
    {
        if (payments.Values.FirstOrDefault(p => p.PfPaymentId == pfPaymentId) is not { } payment)
        {
            return Failure(404, "Payment not found.");
        }

        var original = Cents(payment.Amount);
        var available = original - refunds.Where(r => r.PfPaymentId == pfPaymentId).Sum(r => r.Amount);
        return new JsonObject
        {
            ["code"] = 200,
            ["status"] = "success",
            ["data"] = new JsonObject
            {
                ["response"] = new JsonObject
                {
                    ["funding_type"] = RefundMethod == "PAYMENT_SOURCE" ? "Credit Card" : "EFT",
                    ["amount_original"] = original,
                    ["amount_available_for_refund"] = available,
                    ["status"] = available > 0 ? "REFUNDABLE" : "COMPLETED",
                    ["refund_full"] = new JsonObject { ["method"] = RefundMethod },
                    ["refund_partial"] = new JsonObject { ["method"] = RefundMethod },
                    ["errors"] = new JsonArray(),
                },
            },
        };
    }

    private JsonObject Refund(string pfPaymentId, long amount)
    {
        var query = RefundQuery(pfPaymentId);
        var available = query["data"]?["response"]?["amount_available_for_refund"]?.GetValue<long>() ?? 0;
        if (amount <= 0 || amount > available || RefundMethod != "PAYMENT_SOURCE")
        {
            return Failure(400, "The refund amount is not available for refund.");
        }

        refunds.Enqueue((pfPaymentId, amount));
        return new JsonObject { ["code"] = 200, ["status"] = "success", ["data"] = new JsonObject { ["response"] = true, ["message"] = "Success" } };
    }

    private static JsonObject Failure(int code, string message) =>
        new() { ["code"] = code, ["status"] = "failed", ["data"] = new JsonObject { ["response"] = false, ["message"] = message } };

    private static IResult Page(FakePayFastPayment payment) => Results.Content(GatewayPages.Checkout("PayFast", payment.Field("item_name"),
        $"R {payment.Amount}", $"/eng/process/{payment.MPaymentId}/pay", $"/eng/process/{payment.MPaymentId}/cancel", payment.Status == "open"),
        "text/html; charset=utf-8");

    private static IResult Error(string problem) => Results.Content(
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PayFast</title></head><body><h1>Unable to process payment</h1><p>{System.Net.WebUtility.HtmlEncode(problem)}</p></body></html>",
        "text/html; charset=utf-8", statusCode: 400);

    private static long Cents(string amount) => (long)(decimal.Parse(amount, CultureInfo.InvariantCulture) * 100m);

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
