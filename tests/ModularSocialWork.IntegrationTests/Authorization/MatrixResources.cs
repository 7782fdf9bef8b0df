namespace ModularSocialWork.IntegrationTests.Authorization;

/// <summary>
/// How the matrix creates a record of each kind a route value can name (as the county admin, in the case's station).
/// A creator returns the record's fields (at least <c>id</c>). A new kind of record with <c>{id}</c> routes adds one
/// creator here and names it in its table rows.
/// </summary>
public static class MatrixResources
{
    public static readonly IReadOnlyDictionary<string, Func<ResourceRequest, Task<IReadOnlyDictionary<string, string>>>> Creators =
        new Dictionary<string, Func<ResourceRequest, Task<IReadOnlyDictionary<string, string>>>>(StringComparer.Ordinal)
        {
            // A staff account of the station (its routes are county-admin only; accounts are not station-scoped records).
            ["staff"] = r => r.CreateAsync("/api/platform/staff", MatrixSamples.StaffAccount(r.StationId, r.Unique)),

            // A resident of the station with an ID number (so reveal has something to show); the detail gives its version.
            ["resident"] = r => r.CreateAsync(
                "/api/platform/residents", MatrixSamples.Resident(r.StationId, r.Unique), detailUrl: "/api/platform/residents/{id}"),

            // An elder profile on a fresh resident of the station; the detail gives its version.
            ["elder"] = async r =>
            {
                var resident = await r.CreateAsync("/api/platform/residents", MatrixSamples.Resident(r.StationId, r.Unique));
                return await r.CreateAsync("/api/elderly-care/elders", new { residentId = resident["id"], tags = new[] { "alone" } },
                    detailUrl: "/api/elderly-care/elders/{id}");
            },

            // A resident under 18 of the station (for child profiles).
            ["childResident"] = r => r.CreateAsync("/api/platform/residents", MatrixSamples.ChildResident(r.StationId, r.Unique)),

            // A child profile on a fresh child resident of the station; the detail gives its version.
            ["child"] = async r =>
            {
                var resident = await r.CreateAsync("/api/platform/residents", MatrixSamples.ChildResident(r.StationId, r.Unique));
                return await r.CreateAsync("/api/child-protection/children", new { residentId = resident["id"], category = 0, guardianshipStatus = 4 },
                    detailUrl: "/api/child-protection/children/{id}");
            },

            // A case at intake on a fresh child.
            ["case"] = r => MatrixSamples.CaseAsync(r),

            // A case whose assessment waits for the supervisor.
            ["assessedCase"] = async r =>
            {
                var id = (await MatrixSamples.CaseAsync(r))["id"];
                return await r.CreateAsync($"/api/child-protection/cases/{id}/assessment", new { answers = new[] { 2, 1, 1, 1, 1, 1, 1, 1 } });
            },

            // A case in service (assessment and plan approved by the county admin).
            ["serviceCase"] = r => MatrixSamples.ServiceCaseAsync(r),

            // An open follow-up of a case in service.
            ["followUp"] = async r =>
            {
                var id = (await MatrixSamples.ServiceCaseAsync(r))["id"];
                return await r.CreateAsync($"/api/child-protection/cases/{id}/follow-ups",
                    new { dueDate = DateOnly.FromDateTime(DateTime.UtcNow), task = "入户跟进" });
            },

            // A pending referral of a case to a department (so only the referring station's side sees it).
            ["referral"] = async r =>
            {
                var id = (await MatrixSamples.CaseAsync(r))["id"];
                return await r.CreateAsync($"/api/child-protection/cases/{id}/referrals", new { target = 2, targetName = "派出所", reason = "矩阵测试转介" });
            },

            // The station itself (routes that address a station, e.g. an extreme-weather alert).
            ["station"] = r => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["id"] = r.StationId.ToString() }),
        };
}

/// <summary>Minimal valid bodies shared by resource creators and table rows.</summary>
public static class MatrixSamples
{
    private static int idSequence;

    public static object StaffAccount(Guid stationId, string unique) => new
    {
        userName = "matrix." + unique,
        displayName = "矩阵测试" + unique,
        password = "Matrix@2026pass",
        role = "SocialWorker",
        stationId,
    };

    public static object Resident(Guid stationId, string unique) => new
    {
        name = "矩阵居民" + unique,
        idNumber = NextIdNumber(),
        stationId,
        village = "测试村",
        address = "测试路 1 号",
    };

    /// <summary>The update of a resident: the same station, the version read at creation.</summary>
    public static object ResidentUpdate(MatrixCase c) => new
    {
        version = c.Field("resident", "version"),
        name = "矩阵居民改" + c.Unique,
        stationId = c.StationId,
        village = "测试村",
        address = "测试路 2 号",
    };

    /// <summary>The elderly-care default policy (DOMAIN.md), as <c>PUT /api/elderly-care/policy</c> takes it.</summary>
    public static object DefaultElderPolicy() => new
    {
        rules = new object[]
        {
            new { order = 10, tier = 2, anyOfTags = new[] { "alone", "empty_nest", "left_behind" }, minimumAge = 80, descriptionZh = "80 岁以上独居、空巢或留守" },
            new { order = 20, tier = 1, anyOfTags = new[] { "disabled", "severe_disability", "dispersed_support", "family_planning_special" }, minimumAge = (int?)null, descriptionZh = "失能/半失能、重残、分散供养特困、计生特殊家庭" },
            new { order = 30, tier = 1, anyOfTags = new[] { "alone", "empty_nest", "left_behind" }, minimumAge = 60, descriptionZh = "60 岁以上独居、空巢或留守" },
            new { order = 100, tier = 0, anyOfTags = Array.Empty<string>(), minimumAge = (int?)null, descriptionZh = "其他老人" },
        },
        cadences = new object[]
        {
            new { tier = 2, months = 0, days = 7 },
            new { tier = 1, months = 1, days = 0 },
            new { tier = 0, months = 3, days = 0 },
        },
    };

    /// <summary>A resident born about ten years ago (a child).</summary>
    public static object ChildResident(Guid stationId, string unique) => new
    {
        name = "矩阵儿童" + unique,
        idNumber = NextIdNumber(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10)),
        stationId,
        village = "测试村",
        address = "测试路 3 号",
    };

    public static async Task<IReadOnlyDictionary<string, string>> CaseAsync(ResourceRequest r)
    {
        var resident = await r.CreateAsync("/api/platform/residents", ChildResident(r.StationId, r.Unique));
        var child = await r.CreateAsync("/api/child-protection/children", new { residentId = resident["id"], category = 0 });
        return await r.CreateAsync($"/api/child-protection/children/{child["id"]}/cases", new { intakeReason = "矩阵测试受理" });
    }

    public static async Task<IReadOnlyDictionary<string, string>> ServiceCaseAsync(ResourceRequest r)
    {
        var id = (await CaseAsync(r))["id"];
        await r.CreateAsync($"/api/child-protection/cases/{id}/assessment", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1 } });
        await r.CreateAsync($"/api/child-protection/cases/{id}/decision", new { approve = true });
        await r.CreateAsync($"/api/child-protection/cases/{id}/plan", new { goals = "目标", actions = "措施" });
        return await r.CreateAsync($"/api/child-protection/cases/{id}/decision", new { approve = true });
    }

    /// <summary>The child-protection default cadences (in distress monthly, left-behind quarterly), as <c>PUT policy</c> takes them.</summary>
    public static object DefaultChildPolicy() => new
    {
        cadences = Enumerable.Range(0, 6).Select(c => new { category = c, months = c == 5 ? 3 : 1, days = 0 }).ToArray(),
    };

    /// <summary>A valid GB 11643 number of 德清县 (330521), unique within the test run.</summary>
    public static string NextIdNumber(DateOnly? bornAround = null)
    {
        var n = Interlocked.Increment(ref idSequence);
        var birth = bornAround is { } around ? around.AddDays(-(n % 300)) : new DateOnly(1950, 1, 1).AddDays(n % 20000);
        var body = $"330521{birth:yyyyMMdd}{n % 1000:D3}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((ch, i) => (ch - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>An upload with no file: authorization runs first, then the endpoint refuses the empty form (400).</summary>
    public static HttpContent EmptyForm() => new MultipartFormDataContent { { new StringContent("x"), "note" } };
}
