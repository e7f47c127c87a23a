using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Members;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>
/// Lets a member open a tenant's event stream: the stream token must be genuine and current, and its
/// member still a member (one point read), whose role now decides what the stream shows. Without a last
/// event id the stream starts at the feed's end; with one, right after that event.
/// </summary>
public sealed class StreamGate(StreamTokens tokens, IMemberRosters rosters, IBookingEventFeed feed)
{
    public async Task<StreamAccess> ExecuteAsync(string tenantId, string? token, string? lastEventId, CancellationToken cancellationToken)
    {
        if (tokens.MemberOf(tenantId, token) is not { } memberId)
        {
            return new StreamAccess.Refused("A current stream token for this tenant is required in 'token'; mint one with POST .../stream-tokens.");
        }

        if ((await rosters.FindAsync(tenantId, cancellationToken))?.Find(memberId) is not { HasJoined: true } member)
        {
            return new StreamAccess.Refused("The token's member is no longer a member of this tenant.");
        }

        if (string.IsNullOrEmpty(lastEventId))
        {
            return new StreamAccess.Granted(member, await feed.EndAsync(tenantId, cancellationToken));
        }

        return feed.IsPosition(lastEventId)
            ? new StreamAccess.Granted(member, lastEventId)
            : new StreamAccess.BadPosition("The last event id is not one this stream gave out; connect without it to start from now.");
    }
}
