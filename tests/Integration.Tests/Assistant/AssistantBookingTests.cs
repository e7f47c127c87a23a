using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Fakes.OpenAi;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Integration.Tests.Assistant;

/// <summary>
/// The assistant over the real Azure OpenAI client and tool dispatch, against a scripted model: a booking goes
/// search → summary → the customer's code → booked, through the same use cases as the booking API.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class AssistantBookingTests(AppFixture fixture)
{
    private static readonly DateTimeZone Johannesburg = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];

    [Fact]
    public async Task A_scripted_conversation_books_a_slot_end_to_end()
    {
        var (bookings, tenant) = await fixture.SeedSalonAsync();
        var chat = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);

        await chat.SayAsync("Can I get a colour next Tuesday afternoon?",
            FakeCompletion.Call("search_slots", new { serviceId = "svc-2", when = "next Tuesday afternoon" }),
            FakeCompletion.Say("On Tuesday afternoon I have these times."));
        var search = chat.LastToolResult();
        var tuesday = fixture.Clock.GetCurrentInstant().InZone(Johannesburg).Date.With(DateAdjusters.Next(IsoDayOfWeek.Tuesday));
        Assert.True(search.GetProperty("ok").GetBoolean());
        Assert.Equal(LocalDatePattern.Iso.Format(tuesday), search.GetProperty("result").GetProperty("from").GetString());
        Assert.Equal(LocalDatePattern.Iso.Format(tuesday), search.GetProperty("result").GetProperty("to").GetString());
        var slots = search.GetProperty("result").GetProperty("slots").EnumerateArray().ToList();
        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.InRange(LocalDateTimePattern.ExtendedIso.Parse(s.GetProperty("localStart").GetString()!).Value.Hour, 12, 16));
        var start = slots[0].GetProperty("start").GetString()!;

        var prepared = await chat.SayAsync("The first one please. I'm Ann, ann@example.com",
            FakeCompletion.Call("prepare_booking", new { serviceId = "svc-2", start, customerName = "Ann", customerEmail = "ann@example.com", staffId = "stf-a" }),
            FakeCompletion.Say("Please send me the code you see to confirm."));
        var code = prepared.GetProperty("confirmation").GetProperty("code").GetString()!;
        Assert.Equal(0, await bookings.WrittenCountAsync());
        Assert.DoesNotContain(fixture.Model.Requests, r => r.Body.Contains(code, StringComparison.Ordinal));

        var booked = await chat.SayAsync($"confirm {code}",
            FakeCompletion.Call("confirm", new { code }),
            FakeCompletion.Say("You're booked. Please pay the deposit before the hold ends."));
        var booking = booked.GetProperty("booking");
        Assert.Equal("pendingPayment", booking.GetProperty("status").GetString());
        Assert.Equal(start, booking.GetProperty("start").GetString());
        Assert.NotNull(booking.GetProperty("holdExpiresAt").GetString());
        Assert.Equal(BookingIds.FromIdempotencyKey(tenant.TenantId, ConversationIds.IdempotencyKey(chat.ConversationId!, code)), BookingClient.Id(booking));
        Assert.True(chat.LastToolResult().GetProperty("ok").GetBoolean());
        var checkout = booked.GetProperty("checkout");
        Assert.Equal("stripe", checkout.GetProperty("gateway").GetString());
        Assert.StartsWith(fixture.Stripe.BaseAddress.ToString(), checkout.GetProperty("redirectUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(12_000, checkout.GetProperty("amount").GetProperty("amountMinor").GetInt64());

        var read = await bookings.ReadAsync(tenant.Slug, BookingClient.Id(booking), BookingClient.Token(booking));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain(start, await SlotStartsAsync(tenant, tuesday));
    }

    [Fact]
    public async Task A_retried_confirmation_does_not_book_twice()
    {
        var (bookings, tenant) = await fixture.SeedSalonAsync();
        var chat = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);
        var start = BookingClient.At(10);
        var prepared = await chat.SayAsync("A cut at ten, Ann, ann@example.com",
            FakeCompletion.Call("prepare_booking", new { serviceId = "svc-1", start, customerName = "Ann", customerEmail = "ann@example.com" }),
            FakeCompletion.Say("Send the code to confirm."));
        var code = prepared.GetProperty("confirmation").GetProperty("code").GetString()!;

        await chat.SayAsync($"confirm {code}", FakeCompletion.Call("confirm", new { code }), FakeCompletion.Say("Booked."));
        var again = await chat.SayAsync($"confirm {code}", FakeCompletion.Call("confirm", new { code }), FakeCompletion.Say("Already done."));

        Assert.False(chat.LastToolResult().GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Undefined, again.TryGetProperty("booking", out var none) ? none.ValueKind : JsonValueKind.Undefined);
        Assert.Single(await bookings.AppointmentsAsync());
    }

    [Fact]
    public async Task A_model_failing_after_the_booking_still_answers_with_the_booking_and_keeps_it_in_the_conversation()
    {
        var (bookings, tenant) = await fixture.SeedSalonAsync();
        var chat = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);
        var prepared = await chat.SayAsync("A cut at eleven, Ann, ann@example.com",
            FakeCompletion.Call("prepare_booking", new { serviceId = "svc-1", start = BookingClient.At(11), customerName = "Ann", customerEmail = "ann@example.com" }),
            FakeCompletion.Say("Send the code to confirm."));
        var code = prepared.GetProperty("confirmation").GetProperty("code").GetString()!;

        var booked = await chat.SayAsync($"confirm {code}", FakeCompletion.Call("confirm", new { code }), FakeCompletion.Fail(400));

        Assert.Equal(AnswerMessage.InterruptedReply, booked.GetProperty("reply").GetString());
        Assert.Equal("confirmed", booked.GetProperty("booking").GetProperty("status").GetString());
        var conversation = await fixture.Services.GetRequiredService<Domain.Assistant.IConversationStore>()
            .FindAsync(tenant.TenantId, chat.ConversationId!, CancellationToken.None);
        Assert.Equal([BookingClient.Id(booked.GetProperty("booking"))], conversation!.BookingIds);
        Assert.Single(await bookings.AppointmentsAsync());
    }

    [Fact]
    public async Task The_summary_counts_outcomes_intents_tools_and_tokens()
    {
        var (_, tenant) = await fixture.SeedSalonAsync();
        var since = fixture.Clock.GetCurrentInstant();
        var chat = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);
        await chat.SayAsync("Any cuts tomorrow?",
            FakeCompletion.Call("search_slots", new { serviceId = "svc-1", when = "tomorrow" }, promptTokens: 200, completionTokens: 10),
            FakeCompletion.Say("Yes, several.", promptTokens: 300, completionTokens: 20));
        await chat.SayAsync("Can I talk to a person?", FakeCompletion.Call("hand_over", new { reason = "asked for a person" }), FakeCompletion.Say("Sure."));
        var other = new AssistantClient(fixture.Client, tenant.Slug, fixture.Model);
        await other.SayAsync("Hello", FakeCompletion.Say("Hi! How can I help?"));

        var summary = await fixture.Services.GetRequiredService<SummarizeConversations>()
            .ExecuteAsync(tenant.TenantId, new Interval(since, since + Duration.FromHours(1)), CancellationToken.None);

        Assert.Equal(2, summary.Conversations);
        Assert.Equal(1, summary.HandedOver);
        Assert.Equal(1, summary.Open);
        Assert.Equal(3, summary.Messages);
        Assert.Equal(1, summary.Intents["availability"]);
        Assert.Equal(1, summary.Intents["handover"]);
        Assert.Equal(1, summary.Intents["chat"]);
        Assert.Equal(new ToolUsage(1, 0), summary.Tools["search_slots"]);
        Assert.Equal(200 + 300 + 120 + 120 + 120, summary.InputTokens);
        Assert.True(summary.AverageLatencyMs > 0);
    }

    private async Task<List<string>> SlotStartsAsync(TestTenant tenant, LocalDate date)
    {
        var day = LocalDatePattern.Iso.Format(date);
        var slots = await fixture.Client.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenant.Slug}/slots?serviceId=svc-2&from={day}&to={day}");
        return [.. slots.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetString()!)];
    }
}
