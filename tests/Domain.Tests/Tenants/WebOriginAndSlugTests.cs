using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Domain.Tests.Tenants;

public class WebOriginAndSlugTests
{
    [Theory]
    [InlineData("https://Book.Example.com/", "https://book.example.com")]
    [InlineData("https://book.example.com:8443", "https://book.example.com:8443")]
    [InlineData("http://localhost:5173", "http://localhost:5173")]
    public void An_origin_is_kept_as_browsers_send_it(string origin, string normalized) =>
        Assert.Equal(normalized, WebOrigin.Normalize(origin, "allowedOrigins[0]"));

    [Theory]
    [InlineData("http://book.example.com")]
    [InlineData("https://book.example.com/path")]
    [InlineData("https://book.example.com?x=1")]
    [InlineData("ftp://book.example.com")]
    [InlineData("book.example.com")]
    [InlineData("https://user@book.example.com")]
    public void Anything_but_a_bare_https_origin_is_refused_naming_the_field(string origin) =>
        Assert.Equal("allowedOrigins[0]", Assert.Throws<DomainValidationException>(() => WebOrigin.Normalize(origin, "allowedOrigins[0]")).Field);

    [Theory]
    [InlineData("Salon-One", "salon-one")]
    [InlineData("abc", "abc")]
    public void A_slug_is_lower_case_letters_digits_and_single_hyphens(string slug, string normalized) =>
        Assert.Equal(normalized, TenantSlug.Check(slug));

    [Theory]
    [InlineData("ab")]
    [InlineData("-salon")]
    [InlineData("salon--one")]
    [InlineData("salon one")]
    [InlineData("salón")]
    public void Other_slugs_are_refused(string slug) =>
        Assert.Equal("slug", Assert.Throws<DomainValidationException>(() => TenantSlug.Check(slug)).Field);

    [Theory]
    [InlineData("zar", "ZAR")]
    [InlineData("EUR", "EUR")]
    public void Known_currencies_pass(string code, string normalized) => Assert.Equal(normalized, Iso4217.Check(code, "currency"));

    [Theory]
    [InlineData("XYZ")]
    [InlineData("XAU")]
    [InlineData("RANDS")]
    public void Unknown_currencies_and_metals_are_refused(string code) =>
        Assert.Equal("currency", Assert.Throws<DomainValidationException>(() => Iso4217.Check(code, "currency")).Field);
}
