using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Authorization;

/// <summary>A signed-in demo account that stands for a role at a station (or anonymous: no account).</summary>
/// <param name="StationCode">The home station's code; <see cref="MatrixHost.CountyCode"/> for county staff.</param>
public sealed record Principal(string? UserName, Roles Role, string StationCode)
{
    public static readonly Principal Anonymous = new(null, Roles.None, "");

    /// <summary>County staff see every station; station staff their own subtree (the demo has no cross-town trees).</summary>
    public bool Sees(string stationCode) => StationCode == MatrixHost.CountyCode || StationCode == stationCode;

    public override string ToString() => UserName is null ? "anonymous" : $"{UserName} ({Role}@{StationCode})";
}

/// <summary>
/// One host with the demo county (德清县) for the matrix: tokens of the demo accounts, the two stations, and the resources
/// the table's route values name, created once by the county admin.
/// </summary>
public sealed class MatrixHost : IAsyncLifetime
{
    public const string CountyCode = "county";
    public const string DemoPassword = "Demo@2026pass";
    public static readonly string[] StationCodes = ["wukang", "xinshi"];

    /// <summary>The five roles (and a second station's manager and worker, so both directions of "another station" run).</summary>
    public static readonly IReadOnlyList<Principal> Principals =
    [
        new("county.admin", Roles.CountyAdmin, CountyCode),
        new("wukang.manager", Roles.StationManager, "wukang"),
        new("wukang.worker1", Roles.SocialWorker, "wukang"),
        new("xinshi.manager", Roles.StationManager, "xinshi"),
        new("xinshi.worker1", Roles.SocialWorker, "xinshi"),
        new("volunteer.coord", Roles.VolunteerCoordinator, CountyCode),
        new("viewer", Roles.Viewer, CountyCode),
    ];

    private readonly Dictionary<string, HttpClient> clients = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Station), IReadOnlyDictionary<string, string>> sharedResources = [];
    private int counter;

    public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

    public IReadOnlyDictionary<string, Guid> StationIds { get; private set; } = new Dictionary<string, Guid>();

    public async Task InitializeAsync()
    {
        using var admin = await Host.SignedInAsync("county.admin", DemoPassword);
        using var json = JsonDocument.Parse(await admin.GetStringAsync("/api/platform/stations"));
        var byName = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var station in Flatten(json.RootElement))
        {
            var name = station.GetProperty("name").GetString()!;
            byName[name] = station.GetProperty("id").GetGuid();
        }

        StationIds = new Dictionary<string, Guid>
        {
            ["wukang"] = byName["武康街道社工站"],
            ["xinshi"] = byName["新市镇社工站"],
        };
    }

    /// <summary>The stations list may be flat or nested (children): take every object that has an id and a name.</summary>
    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            foreach (var nested in Flatten(item)) yield return nested;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out _) && element.TryGetProperty("name", out _)) yield return element;
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    foreach (var nested in Flatten(property.Value)) yield return nested;
                }
            }
        }
    }

    public Task DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    public string NextUnique() => $"m{Interlocked.Increment(ref counter):D4}";

    /// <summary>The client of a principal (bearer token, fetched once); anonymous has none.</summary>
    public async Task<HttpClient> ClientAsync(Principal principal)
    {
        var key = principal.UserName ?? "";
        if (clients.TryGetValue(key, out var client)) return client;
        client = principal.UserName is null ? Host.Anonymous() : await Host.SignedInAsync(principal.UserName, DemoPassword);
        clients[key] = client;
        return client;
    }

    public Task<HttpClient> CountyAdminAsync() => ClientAsync(Principals[0]);

    /// <summary>A resource of <paramref name="kind"/> in the station, shared by the cases that only read it, else new.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ResourceAsync(string kind, string stationCode, bool fresh)
    {
        if (!fresh && sharedResources.TryGetValue((kind, stationCode), out var id)) return id;
        if (!MatrixResources.Creators.TryGetValue(kind, out var create))
        {
            throw new InvalidOperationException($"The route table names resource kind '{kind}', which MatrixResources.Creators does not know.");
        }

        id = await create(new ResourceRequest(await CountyAdminAsync(), stationCode, StationIds[stationCode], NextUnique()));
        if (!fresh) sharedResources[(kind, stationCode)] = id;
        return id;
    }

    /// <summary>Every API route of the running host: method + normalized pattern (what the table is keyed by).</summary>
    public IReadOnlyList<string> ApiRoutes()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var pattern = Normalize(endpoint.RoutePattern.RawText ?? "");
            if (!pattern.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (methods is null || methods.Count == 0) routes.Add("* " + pattern);
            else foreach (var method in methods) routes.Add(method.ToUpperInvariant() + " " + pattern);
        }

        return [.. routes];
    }

    public static string Normalize(string pattern)
    {
        var p = "/" + pattern.Trim().TrimStart('/');
        while (p.Contains("//", StringComparison.Ordinal)) p = p.Replace("//", "/", StringComparison.Ordinal);
        return p.Length > 1 ? p.TrimEnd('/') : p;
    }
}

/// <summary>What a resource creator gets: the county admin's client, the station, a unique value for names.</summary>
public sealed record ResourceRequest(HttpClient CountyAdmin, string StationCode, Guid StationId, string Unique)
{
    /// <summary>
    /// POSTs <paramref name="body"/>, then (when <paramref name="detailUrl"/> is given, <c>{id}</c> replaced) GETs the
    /// record: the top-level JSON values of both answers, with <c>id</c> always present (else from the Location header).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> CreateAsync(string url, object body, string? detailUrl = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var id = await PostAsync(url, body, fields);
        fields["id"] = id;
        if (detailUrl is not null)
        {
            var detail = await CountyAdmin.GetAsync(detailUrl.Replace("{id}", id, StringComparison.Ordinal));
            var text = await detail.Content.ReadAsStringAsync();
            if (!detail.IsSuccessStatusCode) throw new InvalidOperationException($"Setting up the matrix: GET {detailUrl} answered {(int)detail.StatusCode}: {text}");
            Collect(text, fields);
        }

        return fields;
    }

    private static void Collect(string json, Dictionary<string, string> fields)
    {
        if (json.Length == 0 || JsonDocument.Parse(json).RootElement is not { ValueKind: JsonValueKind.Object } root) return;
        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }
    }

    private async Task<string> PostAsync(string url, object body, Dictionary<string, string> fields)
    {
        var response = await CountyAdmin.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setting up the matrix: POST {url} as county.admin answered {(int)response.StatusCode}: {text}");
        }

        Collect(text, fields);
        if (fields.TryGetValue("id", out var id)) return id;

        return response.Headers.Location?.OriginalString.Split('/').Last()
            ?? throw new InvalidOperationException($"POST {url} returned neither an id nor a Location: {text}");
    }
}
