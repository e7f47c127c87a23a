using AppointmentBooking.Domain.Assistant;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Assistant;

public sealed class ConversationTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 8, 0);

    [Fact]
    public void A_turn_adds_both_messages_its_analytics_and_its_bookings()
    {
        var conversation = Conversation.Start("cnv-1", "tnt-1", Now)
            .Record(Turn("Hi", "Hello!", tokens: 100))
            .Record(Turn("confirm 123456", "Booked.", tokens: 200, booked: ["bkg-1"]));

        Assert.Equal(4, conversation.Messages.Count);
        Assert.Equal([MessageRole.Customer, MessageRole.Assistant, MessageRole.Customer, MessageRole.Assistant], conversation.Messages.Select(m => m.Role));
        Assert.Equal(2, conversation.CustomerMessages);
        Assert.Equal(300, conversation.TokensUsed);
        Assert.Equal(["bkg-1"], conversation.BookingIds);
        Assert.Equal(ConversationOutcome.Booked, conversation.Outcome);
        Assert.Equal(2, conversation.NextTurn);
    }

    [Fact]
    public void A_hand_over_is_the_outcome_unless_something_was_booked()
    {
        var handedOver = Conversation.Start("cnv-1", "tnt-1", Now).Record(Turn("A person please", "Sure.", handedOver: true));
        Assert.Equal(ConversationOutcome.HandedOver, handedOver.Outcome);
        Assert.Equal(ConversationOutcome.Booked, handedOver.Record(Turn("book", "Booked.", booked: ["bkg-1"])).Outcome);
    }

    [Theory]
    [InlineData(1000, 30, 2, false)]
    [InlineData(200, 30, 2, true)]
    [InlineData(1000, 2, 2, true)]
    public void Limits_are_reached_by_tokens_or_messages(long maxTokens, int maxMessages, int turns, bool reached)
    {
        var conversation = Conversation.Start("cnv-1", "tnt-1", Now);
        for (var i = 0; i < turns; i++)
        {
            conversation = conversation.Record(Turn("Hi", "Hello!", tokens: 100));
        }

        Assert.Equal(reached, new ConversationLimits(maxTokens, maxMessages).AreReachedBy(conversation));
    }

    private static CompletedTurn Turn(string customer, string reply, long tokens = 0, IReadOnlyList<string>? booked = null, bool handedOver = false) =>
        new(customer, reply, new ConversationTurn(Now, ["chat"], [], tokens / 2, tokens - (tokens / 2), Duration.FromMilliseconds(300), false),
            null, booked ?? [], handedOver);
}
