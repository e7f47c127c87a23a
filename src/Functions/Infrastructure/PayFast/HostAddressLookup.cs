using System.Net;

namespace AppointmentBooking.Functions.Infrastructure.PayFast;

/// <summary>Resolves a host name to its addresses (DNS in the app; tests map names to loopback).</summary>
internal delegate Task<IPAddress[]> HostAddressLookup(string host, CancellationToken cancellationToken);
