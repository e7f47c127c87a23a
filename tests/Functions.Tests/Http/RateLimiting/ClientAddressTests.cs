using System.Net;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Tests.Http.RateLimiting;

public class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("10.9.9.9, 203.0.113.7", "203.0.113.7")]
    [InlineData(" 1.1.1.1 ,  203.0.113.7 ", "203.0.113.7")]
    [InlineData("203.0.113.7:50123", "203.0.113.7")]
    [InlineData("10.9.9.9, 203.0.113.7:443", "203.0.113.7")]
    [InlineData("[2001:db8::7]:50123", "2001:db8::7")]
    [InlineData("2001:db8::7", "2001:db8::7")]
    [InlineData("[2001:db8::7]", "2001:db8::7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("not-an-address", "not-an-address")]
    public void The_entry_appended_by_the_front_end_identifies_the_client(string header, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-Forwarded-For"] = header;

        Assert.Equal(expected, ClientAddress.Of(context.Request));
    }

    [Fact]
    public void Every_connection_of_one_client_gets_the_same_key_whatever_its_port()
    {
        var keys = new[] { "203.0.113.7:1000", "203.0.113.7:2000", "203.0.113.7" }.Select(ClientAddress.Parse).Distinct();

        Assert.Single(keys);
    }

    [Fact]
    public void Without_the_header_the_connection_address_is_used()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.1");

        Assert.Equal("192.0.2.1", ClientAddress.Of(context.Request));
    }
}
