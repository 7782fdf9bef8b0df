namespace ModularSocialWork.Modules.Platform.Domain;

/// <summary>
/// Records that a permission's default roles were granted once. Without it every restart would re-grant defaults an
/// administrator has since taken away.
/// </summary>
internal sealed class SeededPermission
{
    public required string Name { get; set; }
    public DateTimeOffset SeededAt { get; set; }
}
