namespace ModularSocialWork.Modules.Platform.Domain.Residents;

/// <summary>Consent to processing, where consent is the legal basis; for a child under 14 it is a guardian's.</summary>
internal sealed class ConsentRecord
{
    public const int GivenByMaxLength = 50;
    public const int ScopeMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ResidentId { get; set; }
    public required string GivenBy { get; set; }
    public ConsentGiver Relationship { get; set; }
    public DateOnly GivenAt { get; set; }
    public required string Scope { get; set; }
    public DateOnly? WithdrawnAt { get; set; }
}

internal enum ConsentGiver
{
    Self = 0,
    Guardian = 1,
}
