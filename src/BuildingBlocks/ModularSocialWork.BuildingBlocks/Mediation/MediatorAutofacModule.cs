using System.Reflection;
using Autofac;
using FluentValidation;
using MediatR;
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
        builder.RegisterAssemblyTypes(assemblies).AsClosedTypesOf(typeof(IValidator<>)).InstancePerDependency();

        builder.RegisterGeneric(typeof(LoggingBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(AuditBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(AuthorizationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
    }
}
