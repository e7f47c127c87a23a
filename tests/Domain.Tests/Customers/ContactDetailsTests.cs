using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;

namespace AppointmentBooking.Domain.Tests.Customers;

public class ContactDetailsTests
{
    [Fact]
    public void Email_is_trimmed_and_lower_cased_and_is_the_dedupe_key()
    {
        var contact = new ContactDetails(" Ann ", "  Ann.Lee@Example.COM ", null);

        Assert.Equal("Ann", contact.Name);
        Assert.Equal("email:ann.lee@example.com", contact.DedupeKey);
    }

    [Theory]
    [InlineData("+27 82 123 4567", "+27821234567")]
    [InlineData("+1 (212) 555-0100", "+12125550100")]
    [InlineData("+44.20.7946.0958", "+442079460958")]
    public void Phone_is_normalised_to_e164(string given, string expected) =>
        Assert.Equal(expected, new ContactDetails("Ann", null, given).Phone);

    [Fact]
    public void Phone_is_the_dedupe_key_without_an_email() =>
        Assert.Equal("phone:+27821234567", new ContactDetails("Ann", null, "+27 82 123 4567").DedupeKey);

    [Theory]
    [InlineData("Ann", "not-an-email", null, "customer.email")]
    [InlineData("Ann", null, "082 123 4567", "customer.phone")]
    [InlineData("Ann", null, "+0 12 345 6789", "customer.phone")]
    [InlineData("Ann", null, "+27 82 CALL ME", "customer.phone")]
    [InlineData("Ann", null, null, "customer.email")]
    [InlineData(" ", "ann@example.com", null, "customer.name")]
    public void Invalid_contact_names_the_field(string name, string? email, string? phone, string field) =>
        Assert.Equal(field, Assert.Throws<DomainValidationException>(() => new ContactDetails(name, email, phone)).Field);
}
