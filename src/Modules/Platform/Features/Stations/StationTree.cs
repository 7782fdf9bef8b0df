namespace ModularSocialWork.Modules.Platform.Features.Stations;

/// <summary>Orders a flat list of stations depth-first (each parent followed by its subtree), with each node's depth.</summary>
internal static class StationTree
{
    public static IReadOnlyList<(T Node, int Depth)> Flatten<T>(
        IEnumerable<T> nodes, Func<T, Guid> id, Func<T, Guid?> parentId, Func<T, string> sortKey)
    {
        var list = nodes.ToList();
        var ids = list.Select(id).ToHashSet();
        var children = list.ToLookup(n => parentId(n) is { } p && ids.Contains(p) ? p : (Guid?)null);
        var result = new List<(T, int)>(list.Count);
        var stack = new Stack<(T Node, int Depth)>();

        // Nodes whose parent is missing (or inactive and filtered out) are shown as roots rather than lost.
        foreach (var root in children[null].OrderByDescending(sortKey, StringComparer.Ordinal)) stack.Push((root, 0));
        var visited = new HashSet<Guid>();
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (!visited.Add(id(node))) continue; // a cycle in bad data must not loop forever
            result.Add((node, depth));
            foreach (var child in children[id(node)].OrderByDescending(sortKey, StringComparer.Ordinal)) stack.Push((child, depth + 1));
        }

        return result;
    }
}
