namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// Merges one day's starts of several staff members into one list, giving each start to the staff
/// member with the fewest appointments that day, ties broken by ordinal staff id.
/// </summary>
internal sealed class AnyStaffMerger
{
    private readonly StaffTimeline[] staff;
    private readonly List<long>[] starts;
    private readonly int[] load;
    private readonly int[] rank;
    private readonly int[] head;
    private readonly long[] headStart;

    internal AnyStaffMerger(StaffTimeline[] staff)
    {
        this.staff = staff;
        starts = new List<long>[staff.Length];
        for (var i = 0; i < staff.Length; i++)
        {
            starts[i] = [];
        }

        load = new int[staff.Length];
        rank = new int[staff.Length];
        head = new int[staff.Length];
        headStart = new long[staff.Length];
    }

    /// <summary>Appends the date's slots, ascending by start, to <paramref name="output"/>.</summary>
    internal void AddDay(LocalDay day, SlotFactory factory, List<AvailableSlot> output)
    {
        for (var i = 0; i < staff.Length; i++)
        {
            staff[i].CollectStarts(day, starts[i]);
            load[i] = staff[i].AppointmentsStartingIn(day.Range);
            head[i] = 0;
            headStart[i] = HeadOf(i);
        }

        RankByLoadThenId();
        while (TryTakeEarliest(out var start, out var winner))
        {
            output.Add(factory.Create(staff[winner].Candidate.StaffId, start, day));
        }
    }

    private bool TryTakeEarliest(out long start, out int winner)
    {
        start = long.MaxValue;
        winner = -1;
        foreach (var i in rank)
        {
            if (headStart[i] < start)
            {
                start = headStart[i];
                winner = i;
            }
        }

        for (var i = 0; i < headStart.Length; i++)
        {
            if (headStart[i] == start && winner >= 0)
            {
                head[i]++;
                headStart[i] = HeadOf(i);
            }
        }

        return winner >= 0;
    }

    private long HeadOf(int i) => head[i] < starts[i].Count ? starts[i][head[i]] : long.MaxValue;

    private void RankByLoadThenId()
    {
        for (var i = 0; i < rank.Length; i++)
        {
            var j = i;
            while (j > 0 && Compare(i, rank[j - 1]) < 0)
            {
                rank[j] = rank[j - 1];
                j--;
            }

            rank[j] = i;
        }
    }

    private int Compare(int a, int b)
    {
        var byLoad = load[a].CompareTo(load[b]);
        if (byLoad != 0)
        {
            return byLoad;
        }

        var byId = string.CompareOrdinal(staff[a].Candidate.StaffId, staff[b].Candidate.StaffId);
        return byId != 0 ? byId : a.CompareTo(b);
    }
}
