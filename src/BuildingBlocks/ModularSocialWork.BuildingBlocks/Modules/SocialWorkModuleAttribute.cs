namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>Marks the assembly's one module class, so the catalog finds it without scanning every type.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class SocialWorkModuleAttribute(Type moduleType) : Attribute
{
    public Type ModuleType { get; } = moduleType;
}
