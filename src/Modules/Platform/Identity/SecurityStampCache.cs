using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// The current security stamp and state of each account, for checking bearer tokens without a database query on every
/// request. Entries live at most <see cref="MaxAge"/>; every account change made by this process evicts the entry at
/// once (<see cref="Evict"/>), so on one host a disabled account's token is refused on its next request. With several
/// hosts sharing a database, another host notices within <see cref="MaxAge"/>.
/// </summary>
internal sealed class SecurityStampCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, Entry> entries = new();

    public sealed record AccountState(string? SecurityStamp, bool IsActive, bool TwoFactorEnabled);

    private sealed record Entry(AccountState? State, DateTimeOffset LoadedAt);

    /// <param name="database">Called only on a miss: a hit must not even construct a context (that was most of the cost
    /// of checking a token on every API request).</param>
    public async Task<AccountState?> GetAsync(Guid userId, Func<PlatformDbContext> database, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(userId, out var cached) && now - cached.LoadedAt < MaxAge) return cached.State;

        var state = await database().Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountState(u.SecurityStamp, u.IsActive, u.TwoFactorEnabled))
            .FirstOrDefaultAsync(cancellationToken);
        entries[userId] = new Entry(state, now);
        return state;
    }

    public void Evict(Guid userId) => entries.TryRemove(userId, out _);
}
