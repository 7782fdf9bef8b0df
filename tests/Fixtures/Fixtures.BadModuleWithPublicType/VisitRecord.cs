namespace ArchFixtures.BadModuleWithPublicType;

// The mistake under test: a domain type left public, which other assemblies could then couple to.
public sealed class VisitRecord
{
    public DateOnly VisitedOn { get; init; }
}

// Internal types stay invisible to the rule.
internal sealed class VisitPlan
{
    public DateOnly NextDue { get; init; }
}
