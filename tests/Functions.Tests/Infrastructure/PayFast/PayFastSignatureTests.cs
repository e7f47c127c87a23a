using AppointmentBooking.Functions.Infrastructure.PayFast;
using AppointmentBooking.LocalHost.Fakes.PayFast;

namespace AppointmentBooking.Functions.Tests.Infrastructure.PayFast;

/// <summary>
/// PayFast's three signatures against known values: the ITN PayFast's PHP SDK tests with (a recorded sandbox
/// ITN, no passphrase), and worked examples of the checkout and API rules on the SDK's sample fields with
/// the public sandbox passphrase. The app's signer and the fakes' reference signer must both give them.
/// </summary>
public sealed class PayFastSignatureTests
{
    private static readonly (string Name, string Value)[] RecordedItn =
    [
        ("m_payment_id", "000000020"), ("pf_payment_id", "1579137"), ("payment_status", "COMPLETE"), ("item_name", "Order #000000020"),
        ("item_description", ""), ("amount_gross", "15.00"), ("amount_fee", "-2.30"), ("amount_net", "12.70"),
        ("custom_str1", ""), ("custom_str2", ""), ("custom_str3", ""), ("custom_str4", ""), ("custom_str5", ""),
        ("custom_int1", ""), ("custom_int2", ""), ("custom_int3", ""), ("custom_int4", ""), ("custom_int5", ""),
        ("name_first", "Tom"), ("name_last", "Tom"), ("email_address", "lindley+user1@appinlet.com"), ("merchant_id", "10027938"),
        ("signature", "4078bca2c8987e0e0c4e7230f2f46323"),
    ];

    private static readonly Dictionary<string, string> SampleCheckout = new()
    {
        ["merchant_id"] = "10000100",
        ["merchant_key"] = "46f0cd694581a",
        ["return_url"] = "https://www.example.com/return.php",
        ["cancel_url"] = "https://www.example.com/cancel.php",
        ["notify_url"] = "https://www.example.com/notify.php",
        ["name_first"] = "First Name",
        ["name_last"] = "Last Name",
        ["email_address"] = "test@test.com",
        ["m_payment_id"] = "1234",
        ["amount"] = "5.00",
        ["item_name"] = "Order#123",
    };

    [Fact]
    public void A_recorded_sandbox_itn_signs_to_the_signature_payfast_sent_with_its_blank_fields_included()
    {
        var fields = RecordedItn.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();

        Assert.Equal("4078bca2c8987e0e0c4e7230f2f46323", PayFastSignature.Notification(fields, passphrase: ""));
        Assert.Equal("4078bca2c8987e0e0c4e7230f2f46323", PayFastReferenceSignature.Notification(RecordedItn[..^1], ""));
        Assert.NotEqual("4078bca2c8987e0e0c4e7230f2f46323",
            PayFastSignature.Notification(fields.Where(f => f.Value.Length > 0), passphrase: ""));
    }

    [Fact]
    public void The_post_back_body_is_the_itn_before_its_signature_php_urlencoded()
    {
        var body = PayFastSignature.NotificationParameters(RecordedItn.Select(f => KeyValuePair.Create(f.Name, f.Value)));

        Assert.StartsWith("m_payment_id=000000020&pf_payment_id=1579137&payment_status=COMPLETE&item_name=Order+%23000000020&item_description=&", body);
        Assert.EndsWith("&email_address=lindley%2Buser1%40appinlet.com&merchant_id=10027938", body);
    }

    [Fact]
    public void A_checkout_signs_its_non_blank_fields_in_payfasts_order_with_the_passphrase()
    {
        var shuffled = SampleCheckout.Reverse().Append(KeyValuePair.Create("item_description", "  ")).ToDictionary();

        Assert.Equal("1ad0bcdcdf2a8425de176000c75d8b9c", PayFastSignature.Checkout(shuffled, "jt7NOE43FZPn"));
        Assert.Equal("1ad0bcdcdf2a8425de176000c75d8b9c", PayFastReferenceSignature.Checkout(shuffled, FakePayFast.CheckoutFieldOrder, "jt7NOE43FZPn"));
    }

    [Fact]
    public void An_api_call_signs_headers_and_body_sorted_by_name_without_testing()
    {
        (string, string)[] fields =
        [
            ("merchant-id", "10000100"), ("version", "v1"), ("timestamp", "2024-01-01T12:00:00+02:00"),
            ("amount", "1000"), ("reason", "Product out of stock"), ("notify_buyer", "1"), ("testing", "true"),
        ];

        Assert.Equal("3d307bbfe818b5cd5a96aa414cf26015", PayFastSignature.Api(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)), "jt7NOE43FZPn"));
        Assert.Equal("3d307bbfe818b5cd5a96aa414cf26015", PayFastReferenceSignature.Api(fields, "jt7NOE43FZPn"));
    }

    [Theory]
    [InlineData("a b", "a+b")]
    [InlineData("~!*()'", "%7E%21%2A%28%29%27")]
    [InlineData("Café & co/1", "Caf%C3%A9+%26+co%2F1")]
    [InlineData("A-z_0.9", "A-z_0.9")]
    public void Values_are_encoded_as_phps_urlencode_does(string value, string encoded)
    {
        Assert.Equal(encoded, PayFastEncoding.UrlEncode(value));
        Assert.Equal(encoded, PayFastReferenceSignature.PhpUrlEncode(value));
    }
}
