using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// The DI scope a module context is serving right now. Module contexts are pooled (EF Core context pooling: building a
/// context, its options and its internal services on every request was a tenth of the CPU of recording a visit), so one
/// instance serves many requests in turn and its options and interceptors are built once for the process. The request's
/// station scope and staff member therefore cannot come from the options; the scope that leased the context is attached
/// here instead (by <see cref="ModuleDbContextRegistration"/>, the only way the container hands out a module context),
/// and the station-scope filter, the write guard and the audit stamps read it through this class.
/// </summary>
public static class DbContextLease
{
    private static readonly ConditionalWeakTable<DbContext, Lease> Leases = new();

    /// <summary>Attaches <paramref name="services"/> (the leasing DI scope) to <paramref name="context"/>.</summary>
    public static TContext Attach<TContext>(TContext context, IServiceProvider services) where TContext : DbContext
    {
        Leases.AddOrUpdate(context, new Lease(services));
        return context;
    }

    /// <summary>Called when the context goes back to the pool, so it keeps no reference to the finished request.</summary>
    public static void Detach(DbContext context) => Leases.Remove(context);

    /// <summary>
    /// The station scope of the request the context serves. A context no scope leased (design time, a test building a
    /// context by hand) sees everything, as it always did without a request.
    /// </summary>
    public static IStationScope StationScopeOf(DbContext context) =>
        Leases.TryGetValue(context, out var lease) ? lease.StationScope : UnrestrictedStationScope.Instance;

    /// <summary>The signed-in staff member of the request the context serves; null for system work and unleased contexts.</summary>
    public static ICurrentStaff? StaffOf(DbContext context) => Leases.TryGetValue(context, out var lease) ? lease.Staff : null;

    /// <summary>
    /// The audited command of the request the context serves, waiting for a save to carry its row, with the process's
    /// outbox signal and clock; null for unleased contexts and scopes without the mediator.
    /// </summary>
    internal static OutboxServices? OutboxOf(DbContext context) => Leases.TryGetValue(context, out var lease) ? lease.Outbox : null;

    internal sealed record OutboxServices(PendingCommandAudit Pending, AuditOutboxSignal Signal, TimeProvider Clock);

    /// <summary>The leasing scope's services (null when the context was not leased from the container).</summary>
    public static IServiceProvider? ServicesOf(DbContext context) => Leases.TryGetValue(context, out var lease) ? lease.Services : null;

    private sealed class Lease(IServiceProvider services)
    {
        private IStationScope? stationScope;
        private ICurrentStaff? staff;
        private bool staffResolved;
        private OutboxServices? outbox;
        private bool outboxResolved;

        public IServiceProvider Services => services;

        public IStationScope StationScope => stationScope ??= services.GetService<IStationScope>() ?? UnrestrictedStationScope.Instance;

        public ICurrentStaff? Staff
        {
            get
            {
                if (!staffResolved)
                {
                    staff = services.GetService<ICurrentStaff>();
                    staffResolved = true;
                }

                return staff;
            }
        }

        public OutboxServices? Outbox
        {
            get
            {
                if (!outboxResolved)
                {
                    outbox = services.GetService<PendingCommandAudit>() is { } pending
                        ? new OutboxServices(pending, services.GetRequiredService<AuditOutboxSignal>(), services.GetService<TimeProvider>() ?? TimeProvider.System)
                        : null;
                    outboxResolved = true;
                }

                return outbox;
            }
        }
    }
}
