using AppointmentBooking.Functions.Infrastructure.Telemetry;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Telemetry;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("Booked by thandi.nkosi@example.co.za today", "Booked by [email] today")]
    [InlineData("first+tag@mail.example.com", "[email]")]
    [InlineData("call +27 82 123 4567.", "call [phone].")]
    [InlineData("+27821234567", "[phone]")]
    [InlineData("mobile 082-123-4567", "mobile [phone]")]
    [InlineData("(212) 555-0100", "[phone]")]
    [InlineData("082 123 4567 or jane@example.org", "[phone] or [email]")]
    public void Redact_masks_emails_and_phone_numbers(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("booking bk_01J9ZQ4N7R8X2K5M3P6T")]
    [InlineData("booking 3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("12345678-1234-1234-1234-123456789012")]
    [InlineData("starts 2025-03-30T02:30:00+02:00")]
    [InlineData("on 2025-10-26 02:30")]
    [InlineData("deposit 45000 ZAR")]
    [InlineData("tenant demo-salon, staff 2, 45 minutes")]
    public void Redact_keeps_identifiers_dates_and_amounts(string text) =>
        Assert.Equal(text, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("/api/tenants/s/bookings/b?token=abc123&x=1", "/api/tenants/s/bookings/b?token=[redacted]&x=1")]
    [InlineData("callback?code=4/0AbCd&state=s1gn3d", "callback?code=[redacted]&state=[redacted]")]
    [InlineData("Booking-Access-Token: abc123", "Booking-Access-Token: [redacted]")]
    [InlineData("Authorization: Bearer eyJhbGciOi.x.y", "Authorization: Bearer [redacted]")]
    public void Redact_masks_credentials_in_urls_and_headers(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Fact]
    public void A_value_under_a_credential_key_is_masked_whole() =>
        Assert.Equal(PersonalDataRedactor.Secret, PersonalDataRedactor.Redact(KeyValuePair.Create("http.request.header.booking-access-token", (object?)"abc")).Value);

    [Fact]
    public void RedactValue_keeps_numbers_and_redacts_other_values_as_text()
    {
        Assert.Equal(45000L, PersonalDataRedactor.RedactValue(45000L));
        Assert.Equal("https://shop.example/u/[email]", PersonalDataRedactor.RedactValue(new Uri("https://shop.example/u/jo@example.com")));
        Assert.Null(PersonalDataRedactor.RedactValue(null));
    }
}
