using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularSocialWork.IntegrationTests.Support;
using static ModularSocialWork.IntegrationTests.Accounts.AccountTestSupport;

namespace ModularSocialWork.IntegrationTests.Accounts;

/// <summary>Administrators disable accounts and reset passwords; both end the account's tokens at once.</summary>
public sealed class StaffAdministrationTests : IDisposable
{
    private readonly TestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Disabling_an_account_ends_its_token_at_once_and_refuses_new_sign_ins()
    {
        using var admin = await host.SignedInAsync();
        var id = await CreateStaffAsync(admin, "worker.disable");
        using var worker = await host.SignedInAsync("worker.disable", WorkerPassword);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync("/api/platform/stations")).StatusCode);

        var disabled = await admin.PostAsync($"/api/platform/staff/{id}/disable", null);
        Assert.True(disabled.StatusCode == HttpStatusCode.NoContent, $"{disabled.StatusCode} {await disabled.Content.ReadAsStringAsync()}");

        var after = await worker.GetAsync("/api/platform/stations");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var anonymous = host.Anonymous();
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker.disable", password = WorkerPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        using var browser = CookieClient(host);
        var antiforgery = await AntiforgeryAsync(browser, "/account/login");
        var page = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Input.UserName"] = "worker.disable", ["Input.Password"] = WorkerPassword,
        }));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("用户名或密码错误", await page.Content.ReadAsStringAsync());

        // Enabling lets the person in again (with a new token).
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/platform/staff/{id}/enable", null)).StatusCode);
        using var again = await host.SignedInAsync("worker.disable", WorkerPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/platform/stations")).StatusCode);
    }

    [Fact]
    public async Task Resetting_a_password_ends_the_old_token_and_forces_a_change_at_the_next_sign_in()
    {
        using var admin = await host.SignedInAsync();
        var id = await CreateStaffAsync(admin, "worker.reset");
        using var oldToken = await host.SignedInAsync("worker.reset", WorkerPassword);

        var reset = await admin.PostAsJsonAsync($"/api/platform/staff/{id}/reset-password", new { password = "Temp#Pass2026" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await oldToken.GetAsync("/api/platform/stations")).StatusCode);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/platform/staff/{id}");
        Assert.True(detail.GetProperty("mustChangePassword").GetBoolean());

        // Pages: every page leads to the change-password page until the password is changed.
        using var browser = CookieClient(host);
        await SignInWithPageAsync(browser, "worker.reset", "Temp#Pass2026");
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/password", home.Headers.Location!.OriginalString);
        Assert.Contains("管理员已重置您的密码", await browser.GetStringAsync("/account/password"));

        using var worker = await host.SignedInAsync("worker.reset", "Temp#Pass2026");
        var changed = await worker.PostAsJsonAsync("/api/platform/account/password",
            new { currentPassword = "Temp#Pass2026", newPassword = "Mine!Secret77", confirmPassword = "Mine!Secret77" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        detail = await admin.GetFromJsonAsync<JsonElement>($"/api/platform/staff/{id}");
        Assert.False(detail.GetProperty("mustChangePassword").GetBoolean());
        // The person's own change also ends the token it was made with.
        Assert.Equal(HttpStatusCode.Unauthorized, (await worker.GetAsync("/api/platform/stations")).StatusCode);
        using var fresh = await host.SignedInAsync("worker.reset", "Mine!Secret77");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/platform/stations")).StatusCode);
    }

    [Fact]
    public async Task The_last_county_admin_cannot_be_disabled_or_demoted_and_nobody_disables_themself()
    {
        using var admin = await host.SignedInAsync();
        var staff = await admin.GetFromJsonAsync<JsonElement>("/api/platform/staff");
        var adminId = staff.EnumerateArray().Single(s => s.GetProperty("userName").GetString() == "admin").GetProperty("id").GetGuid();

        var self = await admin.PostAsync($"/api/platform/staff/{adminId}/disable", null);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("不能停用自己的账号", (await ProblemAsync(self)).GetProperty("title").GetString() + (await ProblemAsync(self)).ToString());

        var demote = await admin.PutAsJsonAsync($"/api/platform/staff/{adminId}/role", new { role = "Viewer" });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("最后一个在用的县级管理员", (await ProblemAsync(demote)).ToString());

        // With a second county admin, that one may disable the first.
        await CreateStaffAsync(admin, "admin.two", "CountyAdmin", "Second!Admin26");
        using var second = await host.SignedInAsync("admin.two", "Second!Admin26");
        Assert.Equal(HttpStatusCode.NoContent, (await second.PostAsync($"/api/platform/staff/{adminId}/disable", null)).StatusCode);
        var secondId = (await second.GetFromJsonAsync<JsonElement>("/api/platform/staff")).EnumerateArray()
            .Single(s => s.GetProperty("userName").GetString() == "admin.two").GetProperty("id").GetGuid();
        // Now admin.two is the last active one.
        Assert.Equal(HttpStatusCode.Conflict, (await second.PutAsJsonAsync($"/api/platform/staff/{secondId}/role", new { role = "Viewer" })).StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_get_404_and_bad_input_400_without_changing_anything()
    {
        using var admin = await host.SignedInAsync();
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/platform/staff/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/platform/staff/{unknown}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/platform/staff/{unknown}/role", new { role = "Viewer" })).StatusCode);

        var id = await CreateStaffAsync(admin, "worker.input");
        var badRole = await admin.PutAsJsonAsync($"/api/platform/staff/{id}/role", new { role = "Wizard" });
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("角色无效", (await ProblemAsync(badRole)).ToString());
        var badStation = await admin.PutAsJsonAsync($"/api/platform/staff/{id}/station", new { stationId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, badStation.StatusCode);
        var shortPassword = await admin.PostAsJsonAsync($"/api/platform/staff/{id}/reset-password", new { password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);

        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/platform/staff/{id}");
        Assert.Equal("SocialWorker", detail.GetProperty("role").GetString());
        Assert.False(detail.GetProperty("mustChangePassword").GetBoolean());
        using var worker = await host.SignedInAsync("worker.input", WorkerPassword); // password unchanged

        var changeRole = await admin.PutAsJsonAsync($"/api/platform/staff/{id}/role", new { role = "StationManager" });
        Assert.Equal(HttpStatusCode.NoContent, changeRole.StatusCode);
        Assert.Equal("StationManager", (await admin.GetFromJsonAsync<JsonElement>($"/api/platform/staff/{id}")).GetProperty("role").GetString());
        // The token carried the old role: it ends too.
        Assert.Equal(HttpStatusCode.Unauthorized, (await worker.GetAsync("/api/platform/stations")).StatusCode);
    }

    [Fact]
    public async Task Only_staff_managers_may_administer_accounts()
    {
        using var admin = await host.SignedInAsync();
        var id = await CreateStaffAsync(admin, "worker.rights");
        using var worker = await host.SignedInAsync("worker.rights", WorkerPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync($"/api/platform/staff/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/platform/staff/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("P@ssw0rd")]
    [InlineData("Password123")]
    [InlineData("Admin@123")]
    [InlineData("Qwer1234!")]
    public async Task Common_passwords_are_refused_with_the_chinese_message(string password)
    {
        using var admin = await host.SignedInAsync();
        var stationId = await FirstStationAsync(admin);
        var create = await admin.PostAsJsonAsync("/api/platform/staff", new { userName = "weak.one", displayName = "弱密码", password, role = "Viewer", stationId });
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("该密码过于常见，请换一个更难猜的密码。", (await ProblemAsync(create)).ToString());

        var id = await CreateStaffAsync(admin, "weak.two");
        var reset = await admin.PostAsJsonAsync($"/api/platform/staff/{id}/reset-password", new { password });
        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.Contains("该密码过于常见", (await ProblemAsync(reset)).ToString());
    }

    [Fact]
    public async Task A_password_containing_the_user_name_is_refused_also_by_identity_on_reset()
    {
        using var admin = await host.SignedInAsync();
        var stationId = await FirstStationAsync(admin);
        var create = await admin.PostAsJsonAsync("/api/platform/staff", new { userName = "zhangsan", displayName = "张三", password = "Zhangsan!2026", role = "Viewer", stationId });
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("该密码过于常见", (await ProblemAsync(create)).ToString());

        var id = await CreateStaffAsync(admin, "lisi.worker");
        // The reset validator does not know the user name: Identity's validator refuses it in the handler.
        var reset = await admin.PostAsJsonAsync($"/api/platform/staff/{id}/reset-password", new { password = "Lisi.Worker#9" });
        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        Assert.Contains("该密码过于常见", (await ProblemAsync(reset)).ToString());
        Assert.False((await admin.GetFromJsonAsync<JsonElement>($"/api/platform/staff/{id}")).GetProperty("mustChangePassword").GetBoolean());
    }
}
