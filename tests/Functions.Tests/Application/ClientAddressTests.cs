using System.Net;
using AppointmentBooking.Functions.Http.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace AppointmentBooking.Functions.Tests.Application;

public class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("10.9.9.9, 203.0.113.7", "203.0.113.7")]
    [InlineData(" 1.1.1.1 ,  203.0.113.7 ", "203.0.113.7")]
    public void The_entry_appended_by_the_front_end_identifies_the_client(string header, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-Forwarded-For"] = header;

        Assert.Equal(expected, ClientAddress.Of(context.Request));
    }

    [Fact]
    public void Without_the_header_the_connection_address_is_used()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.1");

        Assert.Equal("192.0.2.1", ClientAddress.Of(context.Request));
    }
}
