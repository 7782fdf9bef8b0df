namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>What a module says about itself. <see cref="Id"/> is stable: configuration keys, routes and schemas derive from it.</summary>
public sealed record ModuleManifest
{
    public required string Id { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public required Version Version { get; init; }

    /// <summary>Database schema on SQL Server/PostgreSQL; file name stem on SQLite.</summary>
    public required string Schema { get; init; }

    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Always-on modules (Platform) cannot be switched off by configuration.</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>
    /// A local brand service (一站一特色, e.g. 反诈宣传 "守好养老钱"): county admins assign it to the stations that run it,
    /// and the station page shows it with its served counts.
    /// </summary>
    public bool IsBrandService { get; init; }

    /// <summary>Route prefix of the module's API: <c>/api/&lt;kebab-id&gt;</c>.</summary>
    public string ApiPrefix => "/api/" + KebabId;

    public string KebabId => ModuleNaming.ToKebab(Id);
}

public static class ModuleNaming
{
    public static string ToKebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
