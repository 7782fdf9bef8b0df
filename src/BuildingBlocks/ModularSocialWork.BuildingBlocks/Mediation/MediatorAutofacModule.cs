using System.Reflection;
using Autofac;
using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Time;
using Module = Autofac.Module;

namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>
/// MediatR 5.1.0 through Autofac (no MediatR DI package is served here). Behaviours are registered outermost first:
/// logging → audit → authorization → validation → handler. No ContravariantRegistrationSource: with it every behaviour ran 5×.
/// </summary>
public sealed class MediatorAutofacModule(IReadOnlyCollection<Assembly> handlerAssemblies) : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        builder.Register<ServiceFactory>(ctx =>
        {
            var context = ctx.Resolve<IComponentContext>();
            return t => context.Resolve(t);
        }).InstancePerLifetimeScope();

        var assemblies = handlerAssemblies.ToArray();
        builder.RegisterAssemblyTypes(assemblies).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerDependency();
        builder.RegisterAssemblyTypes(assemblies).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerDependency();
        // FluentValidation builds a validator's rule set in its constructor, so a validator is built once per process
        // unless it needs a per-request service (e.g. the signed-in staff); rules then read "today" when they run.
        builder.RegisterAssemblyTypes(assemblies).AsClosedTypesOf(typeof(IValidator<>)).Where(IsProcessWide).SingleInstance();
        builder.RegisterAssemblyTypes(assemblies).AsClosedTypesOf(typeof(IValidator<>)).Where(t => !IsProcessWide(t)).InstancePerDependency();

        // The audited command of a request, waiting for the module save that carries its audit row (AuditBehavior).
        builder.RegisterType<PendingCommandAudit>().InstancePerLifetimeScope();
        builder.RegisterType<AuditOutboxSignal>().SingleInstance();

        builder.RegisterGeneric(typeof(LoggingBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(AuditBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(AuthorizationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
    }

    /// <summary>Services a validator may keep for the life of the process (registered once by the host).</summary>
    private static readonly Type[] ProcessWideServices = [typeof(CountyCalendar), typeof(TimeProvider)];

    /// <summary>A validator whose every constructor takes only <see cref="ProcessWideServices"/> (or nothing).</summary>
    internal static bool IsProcessWide(Type validator) =>
        validator.GetConstructors().All(c => c.GetParameters().All(p => ProcessWideServices.Contains(p.ParameterType)));
}
