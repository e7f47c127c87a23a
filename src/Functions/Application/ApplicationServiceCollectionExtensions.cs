using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.BookingSaga;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Customers;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Application;

internal static class ApplicationServiceCollectionExtensions
{
    /// <summary>The use cases; the ports they use are registered by the infrastructure layers.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessTokenOptions>(configuration.GetSection(AccessTokenOptions.Section));
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<OccupancyResolver>();
        services.AddSingleton<AvailabilityService>();
        services.AddSingleton<SearchSlots>();
        services.AddSingleton<LocalLedgerWrites>();
        services.AddSingleton<SlotClaimer>();
        services.AddSingleton<AlternativeSlots>();
        services.AddSingleton<BookingAccess>();
        services.AddSingleton<CreateBooking>();
        services.AddSingleton<CancelBooking>();
        services.AddSingleton<RescheduleBooking>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxAcknowledger>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<RecordCustomer>();
        services.AddSingleton<AppointmentChanges>();
        services.AddSingleton<ReadBooking>();
        return services.AddPayments(configuration).AddBookingSagaSteps().DecorateTenantCatalog();
    }

    private static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentOptions>(configuration.GetSection(PaymentOptions.Section));
        services.AddSingleton<PaymentGateways>();
        services.AddSingleton<BookingPages>();
        services.AddSingleton<IGatewayCredentials, TenantGatewayCredentials>();
        services.AddSingleton<ReturnFromGateway>();
        services.AddSingleton<PaymentChanges>();
        services.AddSingleton<StartDepositCheckout>();
        services.AddSingleton<HandlePaymentEvent>();
        services.AddSingleton<RefundDeposit>();
        return services;
    }

    private static IServiceCollection AddBookingSagaSteps(this IServiceCollection services)
    {
        services.AddSingleton<ConfirmBookingStep>();
        services.AddSingleton<CheckDepositStep>();
        services.AddSingleton<ExpireBookingStep>();
        services.AddSingleton<SyncCalendarStep>();
        services.AddSingleton<UndoBookingStep>();
        services.AddSingleton<AnnounceBookingStep>();
        return services;
    }

    /// <summary>Wraps the store's catalog in the per-instance cache, checked against the tenant's catalog stamp.</summary>
    private static IServiceCollection DecorateTenantCatalog(this IServiceCollection services)
    {
        var store = services.Last(d => d.ServiceType == typeof(ITenantCatalog));
        services.Remove(store);
        services.AddSingleton<ITenantCatalog>(sp => new CachedTenantCatalog(
            (ITenantCatalog)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)),
            sp.GetRequiredService<ICatalogStamps>()));
        return services;
    }
}
