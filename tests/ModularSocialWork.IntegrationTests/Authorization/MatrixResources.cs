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

    /// <summary>A valid GB 11643 number of 德清县 (330521), unique within the test run.</summary>
    public static string NextIdNumber()
    {
        var n = Interlocked.Increment(ref idSequence);
        var birth = new DateOnly(1950, 1, 1).AddDays(n % 20000);
        var body = $"330521{birth:yyyyMMdd}{n % 1000:D3}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((ch, i) => (ch - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>An upload with no file: authorization runs first, then the endpoint refuses the empty form (400).</summary>
    public static HttpContent EmptyForm() => new MultipartFormDataContent { { new StringContent("x"), "note" } };
}
