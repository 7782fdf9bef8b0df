namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Base of every aggregate root: sequential id, who/when stamps (set by <see cref="AuditStampInterceptor"/>) and an
/// application-managed concurrency token (SQLite has no rowversion), so a stale write becomes a 409.
/// </summary>
public abstract class AuditedEntity : IAudited, IConcurrencyVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid Version { get; set; }
}

public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTimeOffset? UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}

public interface IConcurrencyVersioned
{
    /// <summary>Replaced on every update; EF compares the original value in the UPDATE's WHERE clause.</summary>
    Guid Version { get; set; }
}
