using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using CsCheck;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Payments;

public class InstalmentPlanTests
{
    private static readonly Instant Purchase = Instant.FromUtc(2026, 12, 1, 8, 0);

    [Fact]
    public void Pay_in_four_is_a_quarter_now_and_a_quarter_every_two_weeks()
    {
        var plan = InstalmentPlan.PayInFour(new Money(30_000, "ZAR"), Purchase);

        Assert.Equal(
            [new Instalment(Purchase, new Money(7_500, "ZAR")), new Instalment(Purchase + Duration.FromDays(14), new Money(7_500, "ZAR")),
             new Instalment(Purchase + Duration.FromDays(28), new Money(7_500, "ZAR")), new Instalment(Purchase + Duration.FromDays(42), new Money(7_500, "ZAR"))],
            plan.Instalments);
    }

    [Fact]
    public void Cents_that_do_not_divide_by_four_go_to_the_first_instalments()
    {
        var plan = InstalmentPlan.PayInFour(new Money(10_003, "ZAR"), Purchase);

        Assert.Equal([2_501L, 2_501L, 2_501L, 2_500L], plan.Instalments.Select(i => i.Amount.MinorUnits));
    }

    [Fact]
    public void Any_deposit_splits_into_four_parts_that_add_up_to_it_differ_by_at_most_a_cent_and_never_grow()
    {
        Gen.Long[4, 100_000_000].Sample(total =>
        {
            var parts = InstalmentPlan.PayInFour(new Money(total, "ZAR"), Purchase).Instalments.Select(i => i.Amount.MinorUnits).ToList();

            Assert.Equal(4, parts.Count);
            Assert.Equal(total, parts.Sum());
            Assert.True(parts.Max() - parts.Min() <= 1);
            Assert.Equal(parts.OrderDescending(), parts);
        });
    }

    [Fact]
    public void A_plan_is_in_one_currency_and_in_due_order()
    {
        Assert.Throws<DomainValidationException>(() => new InstalmentPlan(
            [new Instalment(Purchase, new Money(1, "ZAR")), new Instalment(Purchase, new Money(1, "USD"))]));
        Assert.Throws<DomainValidationException>(() => new InstalmentPlan(
            [new Instalment(Purchase + Duration.FromDays(1), new Money(1, "ZAR")), new Instalment(Purchase, new Money(1, "ZAR"))]));
        Assert.Throws<DomainValidationException>(() => InstalmentPlan.PayInFour(new Money(3, "ZAR"), Purchase));
    }
}
