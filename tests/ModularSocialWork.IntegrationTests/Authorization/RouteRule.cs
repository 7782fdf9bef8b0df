namespace ModularSocialWork.IntegrationTests.Authorization;

/// <summary>The five seeded roles, as flags so a table row can name who may call a route.</summary>
[Flags]
public enum Roles
{
    None = 0,
    CountyAdmin = 1,
    StationManager = 2,
    SocialWorker = 4,
    VolunteerCoordinator = 8,
    Viewer = 16,

    /// <summary>Everyone signed in (the roles that work on cases: <see cref="Staff"/>).</summary>
    All = CountyAdmin | StationManager | SocialWorker | VolunteerCoordinator | Viewer,
    Staff = CountyAdmin | StationManager | SocialWorker,
    Managers = CountyAdmin | StationManager,
}

/// <summary>How a route relates to the station tree, which decides what a caller outside the record's station gets.</summary>
public enum StationBinding
{
    /// <summary>Not about one station's record (lists are filtered, not refused): called once per principal.</summary>
    None,

    /// <summary>
    /// The route addresses a record of a station through its route values (<c>{id}</c>): called for a record in 武康 and
    /// one in 新市; a caller whose scope does not include the record's station gets 404 (existence is not leaked).
    /// </summary>
    Record,

    /// <summary>
    /// The request body puts something into a station (<c>stationId</c>): called with 武康 and 新市; a caller whose scope
    /// does not include that station is refused without writing (403 from the write guard, or the handler's own 400/404
    /// "no such station" — none of them says more than that).
    /// </summary>
    Body,
}

/// <summary>
/// One row of the classification table: a route (HTTP method + route pattern exactly as the host reports it, with
/// constraints) and what each role gets.
/// </summary>
/// <param name="Method">GET, POST, PUT, PATCH, DELETE (or * for a route without a method restriction).</param>
/// <param name="Pattern">The route pattern, normalized: no trailing slash, no double slash (e.g. <c>/api/platform/residents/{id:guid}</c>).</param>
public sealed record RouteRule(string Method, string Pattern)
{
    /// <summary>Roles that pass authorization (anything else must get 403). Ignored when <see cref="Anonymous"/>.</summary>
    public Roles Allowed { get; init; }

    /// <summary>The route is open to everyone (sign-in): no caller may get 401/403 for lack of rights.</summary>
    public bool Anonymous { get; init; }

    public StationBinding Station { get; init; } = StationBinding.None;

    /// <summary>
    /// Route values: parameter name → a resource kind of <see cref="MatrixResources"/> (created by the county admin in the
    /// case's station, e.g. <c>"resident"</c>) or a literal prefixed with <c>=</c> (e.g. <c>"=no-such-job"</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>A minimal valid body (JSON-serialized, or sent as is when it is an <see cref="HttpContent"/>); null sends none.</summary>
    public Func<MatrixCase, object?>? Body { get; init; }

    /// <summary>
    /// What an allowed caller in scope must get, when the sample is known to succeed (e.g. <c>[201]</c>); null accepts any
    /// answer that is not 401/403/405/5xx (and not 404 for a record of the caller's own station).
    /// </summary>
    public int[]? Success { get; init; }

    /// <summary>
    /// The request uses up its record (delete, disable…): every case gets freshly created resources instead of the
    /// shared ones, so later cases still find theirs.
    /// </summary>
    public bool ConsumesRecord { get; init; }

    /// <summary>Why a row is as it is (shown in failure messages).</summary>
    public string? Note { get; init; }

    public string Key => Method + " " + Pattern;

    public override string ToString() => Key;
}

/// <summary>What one request of the matrix knows when its body is built.</summary>
public sealed class MatrixCase
{
    public required string StationCode { get; init; }

    /// <summary>The case's station (武康 or 新市); for <see cref="StationBinding.None"/> rows, 武康.</summary>
    public required Guid StationId { get; init; }

    /// <summary>A value unique to this request (user names, titles).</summary>
    public required string Unique { get; init; }

    /// <summary>The resources named in the row's <see cref="RouteRule.Values"/>, by kind: <c>id</c> and whatever else their creator read.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Resources { get; init; }

    /// <summary>The id of the case's resource of <paramref name="kind"/>.</summary>
    public string Resource(string kind) => Field(kind, "id");

    /// <summary>A field of the case's resource (top-level JSON properties of its create answer and of its detail).</summary>
    public string Field(string kind, string name) => Resources[kind][name];
}
