using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Application.Staff;
using AppointmentBooking.Functions.Application.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Application.Management;

internal static class ManagementServiceCollectionExtensions
{
    /// <summary>The use cases behind the management API: sign-up, members, settings, catalog, staff, the business's booking actions, audit.</summary>
    public static IServiceCollection AddManagement(this IServiceCollection services)
    {
        services.AddSingleton<AuthorizeCaller>();
        services.AddSingleton<ListMyTenants>();
        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<CatalogChanges>();
        services.AddSingleton<CredentialSealer>();
        services.AddSingleton<SlugSuggestions>();
        services.AddSingleton<SignUp>();
        services.AddSingleton<ReplaceTenantSettings>();
        services.AddSingleton<RosterEdits>();
        services.AddSingleton<InviteMember>();
        services.AddSingleton<ChangeMember>();
        services.AddSingleton<RemoveMember>();
        services.AddSingleton<StaffReferences>();
        services.AddSingleton(ServiceEdits.Kind);
        services.AddSingleton(StaffEdits.Kind);
        services.AddSingleton(typeof(CatalogEditor<>));
        services.AddSingleton<ServiceEdits>();
        services.AddSingleton<StaffEdits>();
        services.AddSingleton<ListBookings>();
        services.AddSingleton<ActOnBooking>();
        return services;
    }
}
