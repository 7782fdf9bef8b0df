using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Host.Infrastructure;

/// <summary>
/// Hangfire holds no business state: in-memory storage with the embedded default, the server's own storage in a
/// <c>hangfire</c> schema when several hosts share SQL Server or PostgreSQL (so each job runs once across hosts).
/// </summary>
public static class HangfireSetup
{
    public const string Schema = "hangfire";

    public static IServiceCollection AddSocialWorkHangfire(this IServiceCollection services, DatabaseSettings database, bool runServer)
    {
        services.AddHangfire(configuration =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    configuration.UseInMemoryStorage();
                    break;
                case DatabaseProvider.SqlServer:
                    configuration.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                    {
                        SchemaName = Schema,
                        PrepareSchemaIfNecessary = true,
                    });
                    break;
                case DatabaseProvider.PostgreSql:
                    configuration.UsePostgreSqlStorage(
                        o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true });
                    break;
            }
        });

        if (runServer)
        {
            services.AddHangfireServer(options =>
            {
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            });
            services.AddHostedService<RecurringJobRegistrar>();
        }

        return services;
    }

    /// <summary>The dashboard is for county admins: 401 when not signed in, 403 for everyone else (Hangfire decides which).</summary>
    public sealed class CountyAdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public const string Permission = "Platform.Jobs.Dashboard";

        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.HasClaim(PermissionClaim.Type, Permission);
        }
    }
}
