namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>Assessed risk of a child; it drives how often the child is visited.</summary>
internal enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}
