namespace ModularSocialWork.ArchitectureTests.Rules;

/// <summary>
/// One broken rule in one assembly. <see cref="Target"/> is what the rule objects to (a forbidden assembly, a public type,
/// a declaration problem) so tests can assert the exact violation; <see cref="Types"/> are the offending types, if any.
/// </summary>
public sealed record Violation(string Assembly, string Rule, string Target, string Message, IReadOnlyList<string> Types)
{
    public override string ToString() =>
        Types.Count == 0 ? $"{Assembly}: {Message}" : $"{Assembly}: {Message} (in {string.Join(", ", Types)})";
}

public static class RuleIds
{
    public const string ModuleReference = "module-reference";
    public const string HostReference = "host-reference";
    public const string HangfireReference = "hangfire-reference";
    public const string PublicType = "public-type";
    public const string ModuleDeclaration = "module-declaration";
    public const string ModuleCodeInHost = "module-code-in-host";
}
