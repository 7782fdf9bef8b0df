using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;

namespace ModularSocialWork.IntegrationTests.Authorization;

/// <summary>
/// The authorization matrix: every API route of the running host × every role (and anonymous) × two stations, checked
/// against <see cref="RouteTable"/>. A route the table does not classify fails, so no endpoint slips through.
/// <para>
/// One fact collects every mismatch into one message rather than one theory case per route × role × station: the cases
/// share one host, its demo seed and the resources made for them (starting a host per case would take minutes), the
/// route list only exists once the host runs (theory data is generated at discovery, before any host), and a reviewer
/// sees the whole difference between the table and the host at once.
/// </para>
/// </summary>
public sealed partial class AuthorizationMatrixTests(MatrixHost matrix) : IClassFixture<MatrixHost>
{
    [Fact]
    public void Every_api_route_is_classified_and_every_row_names_a_route()
    {
        var routes = matrix.ApiRoutes();
        var rows = RouteTable.Rules.Select(r => r.Key).ToList();
        var problems = new List<string>();

        foreach (var duplicate in rows.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"  classified twice: {duplicate.Key}");
        }

        foreach (var route in routes.Except(rows, StringComparer.Ordinal))
        {
            problems.Add($"  not classified:   {route}   → add a RouteRule to Authorization/RouteTable.cs");
        }

        foreach (var row in rows.Except(routes, StringComparer.Ordinal))
        {
            problems.Add($"  no such route:    {row}   → the host no longer serves it; update or remove the row");
        }

        foreach (var rule in RouteTable.Rules)
        {
            foreach (var name in RouteParameters(rule.Pattern).Where(n => !rule.Values.ContainsKey(n)))
            {
                problems.Add($"  {rule.Key}: route value {{{name}}} has no entry in Values");
            }

            if (rule.Station == StationBinding.Record && rule.Values.Count == 0)
            {
                problems.Add($"  {rule.Key}: Station = Record needs a record kind in Values");
            }

            if (rule.Anonymous && rule.Allowed != Roles.None)
            {
                problems.Add($"  {rule.Key}: Anonymous rows take no Allowed roles (everyone is allowed)");
            }
        }

        Assert.True(problems.Count == 0,
            $"The route table and the host disagree ({routes.Count} API routes, {rows.Count} rows):\n{string.Join('\n', problems)}");
    }

    [Fact]
    public async Task Every_route_answers_every_role_at_both_stations_as_classified()
    {
        var served = matrix.ApiRoutes().ToHashSet(StringComparer.Ordinal);
        var principals = MatrixHost.Principals.Append(Principal.Anonymous).ToList();
        var mismatches = new List<string>();
        var cases = 0;

        foreach (var rule in RouteTable.Rules.Where(r => served.Contains(r.Key)))
        {
            var stations = rule.Station == StationBinding.None ? MatrixHost.StationCodes[..1] : MatrixHost.StationCodes;
            foreach (var station in stations)
            {
                foreach (var principal in principals)
                {
                    cases++;
                    var (status, body) = await SendAsync(rule, principal, station);
                    var verdict = Expect(rule, principal, station, status);
                    if (verdict is not null)
                    {
                        var where = rule.Station == StationBinding.None ? "" : $" with a {station} {(rule.Station == StationBinding.Record ? "record" : "body")}";
                        mismatches.Add($"  {rule.Key} as {principal}{where}: expected {verdict}, got {status}"
                                       + (rule.Note is null ? "" : $" [{rule.Note}]")
                                       + (body.Length > 0 ? $"\n      {Shorten(body)}" : ""));
                    }
                }
            }
        }

        Assert.True(cases > 0, "no route of the table is served by the host");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases} requests disagree with Authorization/RouteTable.cs:\n{string.Join('\n', mismatches)}");
    }

    /// <summary>Null when <paramref name="status"/> is what the row says; otherwise what was expected.</summary>
    internal static string? Expect(RouteRule rule, Principal principal, string station, int status)
    {
        static bool Passed(int s) => s < 500 && s is not (401 or 403 or 405);

        if (rule.Anonymous) return Passed(status) ? null : "not 401/403/405/5xx (anonymous route)";
        if (principal.UserName is null) return status == 401 ? null : "401";
        if (!rule.Allowed.HasFlag(principal.Role)) return status == 403 ? null : "403";

        var outside = rule.Station != StationBinding.None && !principal.Sees(station);
        return (rule.Station, outside) switch
        {
            (StationBinding.Record, true) => status == 404 ? null : "404 (another station's record)",
            (StationBinding.Body, true) => status is 400 or 403 or 404 ? null : "refused: 400/403/404 (writing into another station)",
            _ when rule.Success is { } success => success.Contains(status) ? null : string.Join(" or ", success),
            (StationBinding.Record, false) => Passed(status) && status != 404 ? null : "allowed (not 401/403/404/405/5xx)",
            _ => Passed(status) ? null : "allowed (not 401/403/405/5xx)",
        };
    }

    private async Task<(int Status, string Body)> SendAsync(RouteRule rule, Principal principal, string station)
    {
        var resources = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, source) in rule.Values)
        {
            if (source.StartsWith('='))
            {
                values[name] = source[1..];
                continue;
            }

            if (!resources.TryGetValue(source, out var resource))
            {
                resource = await matrix.ResourceAsync(source, station, fresh: rule.ConsumesRecord);
                resources[source] = resource;
            }

            values[name] = resource["id"];
        }

        var matrixCase = new MatrixCase
        {
            StationCode = station,
            StationId = matrix.StationIds[station],
            Unique = matrix.NextUnique(),
            Resources = resources,
        };

        var url = RouteParameterRegex().Replace(rule.Pattern, m => Uri.EscapeDataString(values[m.Groups["name"].Value]));
        using var request = new HttpRequestMessage(new HttpMethod(rule.Method == "*" ? "GET" : rule.Method), url);
        request.Content = rule.Body?.Invoke(matrixCase) switch
        {
            null => null,
            HttpContent content => content,
            { } body => JsonContent.Create(body, body.GetType()),
        };

        var client = await matrix.ClientAsync(principal);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> RouteParameters(string pattern) =>
        RouteParameterRegex().Matches(pattern).Select(m => m.Groups["name"].Value);

    private static string Shorten(string body)
    {
        var flat = new StringBuilder(body.Length).Append(body.Replace('\n', ' ').Replace('\r', ' ')).ToString();
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex RouteParameterRegex();
}
