using AppointmentBooking.Functions.Application.Common;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class KeyedGateTests
{
    [Fact]
    public async Task Holders_of_one_key_take_turns_while_other_keys_go_ahead_and_nothing_stays_behind()
    {
        var gate = new KeyedGate<string>();
        var first = await gate.EnterAsync("day-1", CancellationToken.None);

        var second = gate.EnterAsync("day-1", CancellationToken.None);
        var other = await gate.EnterAsync("day-2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        other.Dispose();
        Assert.Equal(0, gate.Count);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_leaves_the_key_to_the_others()
    {
        var gate = new KeyedGate<string>();
        var held = await gate.EnterAsync("day-1", CancellationToken.None);
        using var giveUp = new CancellationTokenSource();

        var waiting = gate.EnterAsync("day-1", giveUp.Token);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, gate.Count);
    }
}
