namespace ModularSocialWork.IntegrationTests.Authorization;

/// <summary>
/// The classification of every API route (method + pattern as the host reports it). <see cref="AuthorizationMatrixTests"/>
/// fails for a route of the host missing here and for a row whose route no longer exists: a new endpoint gets a row
/// in the same change, saying who may call it and how it relates to stations.
/// <para>
/// A row: <c>Allowed</c> = roles that pass (every other role must get 403, anonymous 401);
/// <c>Station = Record</c> with <c>Values</c> naming the record kind for <c>{id}</c>: a caller outside the record's station
/// gets 404; <c>Station = Body</c>: the body's <c>stationId</c> is 武康 or 新市 and a caller outside it is refused;
/// <c>Body</c> builds a minimal valid request and <c>Success</c> says what an allowed caller then gets;
/// <c>ConsumesRecord</c> for requests that change or use up their record. Rows run in this order.
/// </para>
/// </summary>
public static class RouteTable
{
    private static Dictionary<string, string> Id(string kind) => new() { ["id"] = kind };

    public static readonly IReadOnlyList<RouteRule> Rules =
    [
        // --- Shell -------------------------------------------------------------------------------------------------------
        new("POST", "/api/auth/token")
        {
            Anonymous = true,
            Body = _ => new { userName = "viewer", password = MatrixHost.DemoPassword },
            Success = [200],
            Note = "sign-in for scripts",
        },
        new("GET", "/api/jobs") { Allowed = Roles.CountyAdmin, Success = [200] },
        new("POST", "/api/jobs/{jobId}/run")
        {
            Allowed = Roles.CountyAdmin,
            Values = new Dictionary<string, string> { ["jobId"] = "=matrix-no-such-job" },
            Success = [404],
            Note = "an unknown job answers 404 after authorization: nothing is triggered",
        },

        // --- Platform: stations, audit -----------------------------------------------------------------------------------
        new("GET", "/api/platform/stations") { Allowed = Roles.All, Success = [200] },
        new("GET", "/api/platform/brands") { Allowed = Roles.All, Success = [200], Note = "brand services (一站一特色) and their stations" },
        new("PUT", "/api/platform/stations/{id:guid}/brands")
        {
            Allowed = Roles.CountyAdmin,
            Values = new Dictionary<string, string> { ["id"] = "station" },
            Body = _ => new { moduleIds = Array.Empty<string>() },
            Success = [200],
            Note = "assigns brand services to a station; the matrix host loads no brand plugin, so the sample assigns none",
        },
        new("GET", "/api/platform/audit") { Allowed = Roles.CountyAdmin, Success = [200] },
        new("GET", "/api/platform/audit/verify") { Allowed = Roles.CountyAdmin, Success = [200] },

        // --- Platform: residents ledger ----------------------------------------------------------------------------------
        new("GET", "/api/platform/residents") { Allowed = Roles.All, Success = [200], Note = "the list is station-filtered" },
        new("POST", "/api/platform/residents")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Body,
            Body = c => MatrixSamples.Resident(c.StationId, c.Unique),
            Success = [201],
        },
        new("GET", "/api/platform/residents/{id:guid}")
        {
            Allowed = Roles.All, Station = StationBinding.Record, Values = Id("resident"), Success = [200],
        },
        new("PUT", "/api/platform/residents/{id:guid}")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("resident"),
            Body = MatrixSamples.ResidentUpdate,
            ConsumesRecord = true,
            Success = [200],
        },
        new("POST", "/api/platform/residents/{id:guid}/reveal-id")
        {
            Allowed = Roles.Managers,
            Station = StationBinding.Record,
            Values = Id("resident"),
            Body = _ => new { reason = "权限矩阵测试" },
            Success = [200],
        },
        new("POST", "/api/platform/residents/import")
        {
            Allowed = Roles.Managers,
            Body = _ => MatrixSamples.EmptyForm(),
            Success = [400],
            Note = "no file: refused after authorization",
        },
        new("GET", "/api/platform/residents/import/{importId:guid}/progress")
        {
            Allowed = Roles.Managers,
            Values = new Dictionary<string, string> { ["importId"] = "=00000000-0000-0000-0000-00000000abcd" },
            Success = [404],
            Note = "an unknown import: 404 after authorization",
        },
        new("GET", "/api/platform/residents/export") { Allowed = Roles.Managers, Success = [200] },

        // --- Platform: staff accounts (county admins; accounts are not station-scoped records) ---------------------------
        new("GET", "/api/platform/staff") { Allowed = Roles.CountyAdmin, Success = [200] },
        new("POST", "/api/platform/staff")
        {
            Allowed = Roles.CountyAdmin,
            Body = c => MatrixSamples.StaffAccount(c.StationId, c.Unique),
            Success = [201],
        },
        new("GET", "/api/platform/staff/{id:guid}") { Allowed = Roles.CountyAdmin, Values = Id("staff"), Success = [200] },
        new("POST", "/api/platform/staff/{id:guid}/disable")
        {
            Allowed = Roles.CountyAdmin, Values = Id("staff"), ConsumesRecord = true, Success = [204],
        },
        new("POST", "/api/platform/staff/{id:guid}/enable") { Allowed = Roles.CountyAdmin, Values = Id("staff"), Success = [204] },
        new("POST", "/api/platform/staff/{id:guid}/reset-password")
        {
            Allowed = Roles.CountyAdmin,
            Values = Id("staff"),
            Body = _ => new { password = "Reset@2026pass" },
            ConsumesRecord = true,
            Success = [204],
        },
        new("PUT", "/api/platform/staff/{id:guid}/role")
        {
            Allowed = Roles.CountyAdmin,
            Values = Id("staff"),
            Body = _ => new { role = "Viewer" },
            ConsumesRecord = true,
            Success = [204],
        },
        new("PUT", "/api/platform/staff/{id:guid}/station")
        {
            Allowed = Roles.CountyAdmin,
            Values = Id("staff"),
            Body = c => new { stationId = c.StationId },
            ConsumesRecord = true,
            Success = [204],
        },

        // --- Platform: the signed-in user's own account (everyone; samples that change nothing) ---------------------------
        new("GET", "/api/platform/account/two-factor") { Allowed = Roles.All, Success = [200] },
        new("POST", "/api/platform/account/two-factor")
        {
            Allowed = Roles.All,
            Body = _ => new { code = "000000" },
            Success = [400],
            Note = "a wrong code: refused, 2FA stays off (a right one would need the key)",
        },
        new("DELETE", "/api/platform/account/two-factor") { Allowed = Roles.All, Success = [204], Note = "2FA is off: nothing to do" },
        new("POST", "/api/platform/account/password")
        {
            Allowed = Roles.All,
            Body = _ => new { currentPassword = "Wrong@2026pass", newPassword = "Changed@2026pass", confirmPassword = "Changed@2026pass" },
            Success = [400],
            Note = "a wrong current password: refused, so the matrix's own sessions survive",
        },

        // --- Elderly care ------------------------------------------------------------------------------------------------
        new("GET", "/api/elderly-care/summary") { Allowed = Roles.Staff | Roles.Viewer, Success = [200], Note = "counts are station-filtered" },
        new("GET", "/api/elderly-care/figures") { Allowed = Roles.Staff | Roles.Viewer, Success = [200], Note = "monthly figures, station-filtered" },
        new("GET", "/api/elderly-care/figures/export") { Allowed = Roles.Managers, Success = [200], Note = "monthly report .xlsx, station-filtered" },
        new("GET", "/api/elderly-care/elders") { Allowed = Roles.Staff | Roles.Viewer, Success = [200], Note = "the list is station-filtered" },
        new("POST", "/api/elderly-care/elders")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = new Dictionary<string, string> { ["resident"] = "resident" },
            Body = c => new { residentId = c.Resource("resident"), tags = new[] { "alone" } },
            ConsumesRecord = true,
            Success = [201],
            Note = "a profile for a fresh resident of the station; another station's resident is not found",
        },
        new("GET", "/api/elderly-care/elders/{id:guid}")
        {
            Allowed = Roles.Staff | Roles.Viewer, Station = StationBinding.Record, Values = Id("elder"), Success = [200],
        },
        new("PUT", "/api/elderly-care/elders/{id:guid}")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("elder"),
            Body = c => new { version = c.Field("elder", "version"), tags = new[] { "empty_nest" }, livingSituation = 1 },
            ConsumesRecord = true,
            Success = [200],
        },
        new("POST", "/api/elderly-care/elders/{id:guid}/tier-override")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("elder"),
            Body = _ => new { tier = 1, reason = "权限矩阵测试" },
            Success = [200],
        },
        new("GET", "/api/elderly-care/elders/{id:guid}/visits")
        {
            Allowed = Roles.Staff | Roles.Viewer, Station = StationBinding.Record, Values = Id("elder"), Success = [200],
        },
        new("POST", "/api/elderly-care/elders/{id:guid}/visits")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("elder"),
            Body = _ => new { method = 1, findings = "权限矩阵测试" },
            Success = [201],
            Note = "a phone visit today with the defaults",
        },
        new("POST", "/api/elderly-care/elders/{id:guid}/events")
        {
            Allowed = Roles.Staff, Station = StationBinding.Record, Values = Id("elder"), Body = _ => new { kind = 0 }, Success = [201],
        },
        new("POST", "/api/elderly-care/stations/{stationId:guid}/events")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = new Dictionary<string, string> { ["stationId"] = "station" },
            Body = _ => new { kind = 2, note = "权限矩阵测试：高温预警" },
            Success = [201],
            Note = "extreme weather for a station: another station is not found",
        },
        new("GET", "/api/elderly-care/policy") { Allowed = Roles.Staff | Roles.Viewer, Success = [200] },
        new("PUT", "/api/elderly-care/policy")
        {
            Allowed = Roles.CountyAdmin,
            Body = _ => MatrixSamples.DefaultElderPolicy(),
            Success = [200],
            Note = "saves the defaults again (re-tiers every elder, changes nothing)",
        },
        new("GET", "/api/elderly-care/reminders") { Allowed = Roles.Staff | Roles.Viewer, Success = [200], Note = "open reminders, station-filtered" },
        new("POST", "/api/elderly-care/reminders/sweep")
        {
            Allowed = Roles.Managers, Success = [200], Note = "runs the visit-reminder sweep inline (idempotent)",
        },

        // --- Child protection --------------------------------------------------------------------------------------------
        // Every role reads children (station-scoped, each detail read audited); only Health.Read holders see health and
        // disability (field level, checked in ChildProtection/ChildProtectionApiTests). Writes: staff; decisions: managers.
        new("GET", "/api/child-protection/summary") { Allowed = Roles.All, Success = [200], Note = "counts are station-filtered" },
        new("GET", "/api/child-protection/children") { Allowed = Roles.All, Success = [200], Note = "the list is station-filtered" },
        new("POST", "/api/child-protection/children")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = new Dictionary<string, string> { ["resident"] = "childResident" },
            Body = c => new { residentId = c.Resource("childResident"), category = 5, guardianshipStatus = 2 },
            ConsumesRecord = true,
            Success = [201],
            Note = "a profile for a fresh child resident of the station; another station's resident is not found",
        },
        new("GET", "/api/child-protection/children/export") { Allowed = Roles.Managers, Success = [200], Note = "children list .xlsx, station-filtered" },
        new("GET", "/api/child-protection/children/{id:guid}")
        {
            Allowed = Roles.All, Station = StationBinding.Record, Values = Id("child"), Success = [200],
        },
        new("PUT", "/api/child-protection/children/{id:guid}")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("child"),
            Body = c => new { version = c.Field("child", "version"), category = 0, guardianshipStatus = 4, riskLevel = 2 },
            ConsumesRecord = true,
            Success = [200],
        },
        new("POST", "/api/child-protection/children/{id:guid}/visits")
        {
            Allowed = Roles.Staff, Station = StationBinding.Record, Values = Id("child"), Body = _ => new { method = 1, findings = "权限矩阵测试" }, Success = [201],
        },
        new("POST", "/api/child-protection/children/{id:guid}/cases")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("child"),
            Body = _ => new { intakeReason = "权限矩阵测试受理" },
            ConsumesRecord = true,
            Success = [201],
            Note = "one open case per child, so every case gets a fresh child",
        },
        new("GET", "/api/child-protection/cases") { Allowed = Roles.All, Success = [200], Note = "the list is station-filtered" },
        new("GET", "/api/child-protection/cases/{id:guid}")
        {
            Allowed = Roles.All, Station = StationBinding.Record, Values = Id("case"), Success = [200],
        },
        new("POST", "/api/child-protection/cases/{id:guid}/assessment")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("case"),
            Body = _ => new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1 } },
            ConsumesRecord = true,
            Success = [200],
        },
        new("POST", "/api/child-protection/cases/{id:guid}/plan")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("case"),
            Body = _ => new { goals = "目标", actions = "措施" },
            Success = [409],
            Note = "a case at intake has no plan stage yet: 409 after authorization and scope, nothing changed",
        },
        new("POST", "/api/child-protection/cases/{id:guid}/closure")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("case"),
            Body = _ => new { reason = "权限矩阵测试" },
            Success = [409],
            Note = "a case at intake cannot ask for closure: 409",
        },
        new("POST", "/api/child-protection/cases/{id:guid}/decision")
        {
            Allowed = Roles.Managers,
            Station = StationBinding.Record,
            Values = Id("assessedCase"),
            Body = _ => new { approve = true, comment = "同意" },
            ConsumesRecord = true,
            Success = [200],
            Note = "the supervisor approves a submitted assessment",
        },
        new("POST", "/api/child-protection/cases/{id:guid}/reopen")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("case"),
            Body = _ => new { reason = "权限矩阵测试" },
            Success = [409],
            Note = "only a closed case reopens: 409",
        },
        new("POST", "/api/child-protection/cases/{id:guid}/follow-ups")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("serviceCase"),
            Body = _ => new { dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), task = "电话回访" },
            Success = [201],
        },
        new("POST", "/api/child-protection/cases/{id:guid}/referrals")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("case"),
            Body = _ => new { target = 2, targetName = "武康派出所", reason = "权限矩阵测试" },
            Success = [201],
        },
        new("POST", "/api/child-protection/follow-ups/{id:guid}/complete")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("followUp"),
            Body = _ => new { result = "已回访" },
            ConsumesRecord = true,
            Success = [200],
        },
        new("GET", "/api/child-protection/referrals") { Allowed = Roles.All, Success = [200], Note = "incoming and outgoing of the caller's stations" },
        new("GET", "/api/child-protection/referrals/{id:guid}")
        {
            Allowed = Roles.All, Station = StationBinding.Record, Values = Id("referral"), Success = [200],
            Note = "a referral to a department: only the referring station's side sees it",
        },
        new("POST", "/api/child-protection/referrals/{id:guid}/response")
        {
            Allowed = Roles.Staff,
            Station = StationBinding.Record,
            Values = Id("referral"),
            Body = _ => new { accept = true },
            ConsumesRecord = true,
            Success = [200],
            Note = "a department's answer is recorded by the referring station",
        },
        new("GET", "/api/child-protection/policy") { Allowed = Roles.All, Success = [200] },
        new("PUT", "/api/child-protection/policy")
        {
            Allowed = Roles.CountyAdmin,
            Body = _ => MatrixSamples.DefaultChildPolicy(),
            Success = [200],
            Note = "saves the defaults again (replans every child, changes nothing)",
        },
        new("GET", "/api/child-protection/tasks") { Allowed = Roles.All, Success = [200], Note = "due visits and follow-ups, station-filtered" },
        new("POST", "/api/child-protection/reminders/sweep") { Allowed = Roles.Managers, Success = [200], Note = "the visit-reminder sweep inline (idempotent)" },
        new("GET", "/api/child-protection/figures") { Allowed = Roles.All, Success = [200], Note = "figures, station-filtered" },
    ];
}
