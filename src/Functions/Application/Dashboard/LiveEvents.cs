using System.Runtime.CompilerServices;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Members;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>
/// Follows a tenant's event feed for one member until the caller stops: reads on from the position,
/// yields the events the member may see, and when there is nothing new waits the poll interval. Staff
/// see only events about their own bookings and calendar; managers and owners see everything.
/// </summary>
public sealed class LiveEvents(IBookingEventFeed feed, IOptions<DashboardOptions> options)
{
    public async IAsyncEnumerable<LiveUpdate> FollowAsync(
        string tenantId, Member member, string position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await feed.ReadAsync(tenantId, position, cancellationToken);
            foreach (var read in page.Events.Where(e => MaySee(member, e.Event)))
            {
                yield return new LiveUpdate.Happened(read.Event, read.Position);
            }

            position = page.Position;
            if (page.Events.Count == 0)
            {
                yield return new LiveUpdate.Quiet(position);
                await Task.Delay(poll, cancellationToken);
            }
        }
    }

    /// <summary>Staff members see what concerns their own staff record; managers and owners see all.</summary>
    public static bool MaySee(Member member, BookingEvent bookingEvent)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(bookingEvent);
        return member.Holds(Role.Manager) || (member.StaffId is not null && bookingEvent.StaffId == member.StaffId);
    }
}
