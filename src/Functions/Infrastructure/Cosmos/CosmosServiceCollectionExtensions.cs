using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Domain.Audit;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Infrastructure.Health;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

internal static class CosmosServiceCollectionExtensions
{
    /// <summary>The Cosmos DB client and container, and the adapters of the domain's storage ports.</summary>
    public static IServiceCollection AddCosmos(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CosmosOptions>(configuration.GetSection(CosmosOptions.Section));
        services.AddSingleton(sp => CosmosClientFactory.Create(
            sp.GetRequiredService<IOptions<CosmosOptions>>().Value, sp.GetServices<RequestHandler>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CosmosOptions>>().Value;
            return new CosmosStore(sp.GetRequiredService<CosmosClient>().GetContainer(options.Database, options.Container));
        });
        services.AddHostedService<CosmosContainerInitializer>();
        services.AddSingleton<IDependencyProbe, CosmosProbe>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantDirectory>());
        services.AddSingleton<ITenantCatalog, CosmosTenantCatalog>();
        services.AddSingleton<IAppointmentRepository, CosmosAppointmentRepository>();
        services.AddSingleton<IDayLedgerStore, CosmosDayLedgerStore>();
        services.AddSingleton<ICustomerRecords, CosmosCustomerRecords>();
        services.AddSingleton<IPaymentRepository, CosmosPaymentRepository>();
        services.AddSingleton<IWebhookEventLog, CosmosWebhookEventLog>();
        services.AddSingleton<IConversationStore, CosmosConversationStore>();
        services.AddSingleton<ICatalogStamps, CosmosCatalogStamps>();
        services.AddSingleton<ITenantRegistry, CosmosTenantRegistry>();
        services.AddSingleton<CosmosMemberRosters>();
        services.AddSingleton<IMemberRosters>(sp => sp.GetRequiredService<CosmosMemberRosters>());
        services.AddSingleton<IMembershipIndex>(sp => sp.GetRequiredService<CosmosMemberRosters>());
        services.AddSingleton<ITenantResources<Service>>(sp => new CosmosTenantResources<Service, ServiceDocument>(
            sp.GetRequiredService<CosmosStore>(), DocumentTypes.Service, "c.name", ServiceMapper.ToDomain, ServiceMapper.ToDocument));
        services.AddSingleton<ITenantResources<StaffProfile>>(sp => new CosmosTenantResources<StaffProfile, StaffDocument>(
            sp.GetRequiredService<CosmosStore>(), DocumentTypes.Staff, "c.displayName", StaffMapper.ToDomain, StaffMapper.ToDocument));
        services.AddSingleton<IAppointmentQueries, CosmosAppointmentQueries>();
        services.AddSingleton<IAuditTrail, CosmosAuditTrail>();
        services.AddSingleton<ICalendarConnections, CosmosCalendarConnections>();
        services.AddSingleton<ICalendarConsents, CosmosCalendarConsents>();
        services.AddSingleton<INotificationLog, CosmosNotificationLog>();
        services.AddSingleton<INotificationSettingsStore, CosmosNotificationSettingsStore>();
        services.AddSingleton<IReminderOptOuts, CosmosReminderOptOuts>();
        services.AddSingleton<IRecipientDirectory, CosmosRecipientDirectory>();
        return services;
    }
}
