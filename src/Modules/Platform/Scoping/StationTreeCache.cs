using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Scoping;

/// <summary>
/// The station tree (every station, active or not: an inactive sub-station's records still belong to its parent's
/// subtree), read once and kept for a short while. Station edits are rare; <see cref="PlatformDbContext"/> calls
/// <see cref="Invalidate"/> after saving any station change, and the expiry covers edits made by another host.
/// </summary>
internal sealed class StationTreeCache(IServiceScopeFactory scopes, IMemoryCache cache)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    // One key per cache instance: several hosts in one process (tests) each have their own tree.
    private readonly object key = new();

    public StationTreeSnapshot Get() =>
        cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Expiry;
            return Load();
        })!;

    public void Invalidate() => cache.Remove(key);

    /// <summary>Whether a save of <paramref name="context"/> adds, edits or removes a station.</summary>
    internal static bool HasStationChanges(DbContext context) =>
        context.ChangeTracker.Entries<Domain.Station>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>Drops the tree of the host <paramref name="context"/> belongs to (design time and tests may have none).</summary>
    internal static void InvalidateFor(DbContext context) =>
        DbContextLease.ServicesOf(context)?.GetService<StationTreeCache>()?.Invalidate();

    private StationTreeSnapshot Load()
    {
        // Its own scope and context: the request's context (and its change tracker) is left alone. Stations are not
        // station-scoped, so this query carries no scope filter.
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var nodes = db.Stations.AsNoTracking()
            .Select(s => new StationTreeSnapshot.Node(s.Id, s.ParentId, s.Level))
            .ToList();
        return new StationTreeSnapshot(nodes);
    }
}

/// <summary>An immutable copy of the station tree with each station's subtree computed on demand.</summary>
internal sealed class StationTreeSnapshot
{
    private readonly Dictionary<Guid, Node> nodes;
    private readonly ILookup<Guid, Guid> children;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, IReadOnlyCollection<Guid>> subtrees = new();

    public StationTreeSnapshot(IEnumerable<Node> all)
    {
        nodes = all.ToDictionary(n => n.Id);
        children = nodes.Values.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value, n => n.Id);
    }

    public sealed record Node(Guid Id, Guid? ParentId, StationLevel Level);

    public bool TryGet(Guid id, out Node node) => nodes.TryGetValue(id, out node!);

    /// <summary>The station and all its descendants (cycles in bad data are cut).</summary>
    public IReadOnlyCollection<Guid> Subtree(Guid root) => subtrees.GetOrAdd(root, r =>
    {
        var result = new HashSet<Guid>();
        if (!nodes.ContainsKey(r)) return result;
        var stack = new Stack<Guid>();
        stack.Push(r);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!result.Add(id)) continue;
            foreach (var child in children[id]) stack.Push(child);
        }

        return result.ToArray();
    });
}
