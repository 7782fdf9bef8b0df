using Microsoft.Extensions.DependencyInjection;
using System.Net;
using ModularSocialWork.IntegrationTests.Accounts;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>The elderly-care pages render for a social worker, and the phone visit form saves and redirects.</summary>
public sealed class ProfilesPagesTests(ProfilesHostFixture fixture) : IClassFixture<ProfilesHostFixture>
{
    private async Task<HttpClient> WorkerAsync(string userName = "wukang.worker1")
    {
        var client = AccountTestSupport.CookieClient(fixture.Host);
        await AccountTestSupport.SignInWithPageAsync(client, userName, ProfilesHostFixture.DemoPassword);
        return client;
    }

    [Fact]
    public async Task The_module_pages_render_for_a_social_worker()
    {
        var id = await fixture.ElderAsync(81, ["alone"], fixture.WukangId, healthNotes: "高血压");
        using var client = await WorkerAsync();
        foreach (var path in new[]
                 {
                     "/ElderlyCare", "/ElderlyCare/Elders", "/ElderlyCare/Elders?tier=HighRisk&tag=alone&mine=true", "/ElderlyCare/Elders/Create?q=测试",
                     $"/ElderlyCare/Elders/Details/{id}", $"/ElderlyCare/Elders/Edit/{id}", $"/ElderlyCare/Visits/Record?elderId={id}", "/ElderlyCare/Policy",
                 })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }

        var details = await client.GetStringAsync($"/ElderlyCare/Elders/Details/{id}");
        Assert.Contains("高血压", details);
        Assert.Contains("记录探访", details);
    }

    [Fact]
    public async Task The_visit_form_saves_and_returns_to_the_elder_with_a_confirmation()
    {
        var id = await fixture.ElderAsync(72, ["empty_nest"], fixture.WukangId);
        using var client = await WorkerAsync();
        var path = $"/ElderlyCare/Visits/Record?elderId={id}";
        var token = await AccountTestSupport.AntiforgeryAsync(client, path);
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["elderId"] = id.ToString(),
            ["Input.VisitDate"] = ProfilesHostFixture.Today.ToString("yyyy-MM-dd"),
            ["Input.Method"] = "0",
            ["Input.VisitorKind"] = "0",
            ["Input.VisitorName"] = "王芳",
            ["Input.Living"] = "0",
            ["Input.Health"] = "1",
            ["Input.Safety"] = "0",
            ["Input.Mental"] = "0",
            ["Input.Findings"] = "老人精神好",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("探访已记录", details);
        Assert.Contains("老人精神好", details);
    }

    [Fact]
    public async Task The_edit_page_picks_the_worker_from_the_station_staff_and_edits_contacts_keeping_an_unchanged_phone()
    {
        var id = await fixture.ElderAsync(76, ["empty_nest"], fixture.WukangId);
        using var client = await WorkerAsync();
        var path = $"/ElderlyCare/Elders/Edit/{id}";
        var form = await client.GetStringAsync(path);
        Assert.Contains("李强（wukang.worker2）", form);          // a colleague of the same town is offered
        Assert.DoesNotContain("xinshi.worker1", form);            // a worker of another town is not

        var elder = await fixture.GetElderAsync(id);
        var original = elder.GetProperty("version").GetString()!;
        Guid colleague;
        using (var scope = fixture.Host.Services.CreateScope())
            colleague = (await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Security.IStaffDirectory>()
                .FindByUserNameAsync("wukang.worker2", CancellationToken.None))!.Id;

        async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = await AccountTestSupport.AntiforgeryAsync(client, path);
            return await client.PostAsync(path, new FormUrlEncodedContent(fields));
        }

        var saved = await PostAsync(new Dictionary<string, string>
        {
            ["Input.Version"] = elder.GetProperty("version").GetString()!,
            ["Input.Tags"] = "empty_nest",
            ["Input.LivingSituation"] = "1",
            ["Input.AssignedWorkerId"] = colleague.ToString(),
            ["Input.Contacts[0].Kind"] = "0", ["Input.Contacts[0].Name"] = "张小明", ["Input.Contacts[0].Relationship"] = "儿子",
            ["Input.Contacts[0].Phone"] = "13812345678",
            ["Input.Contacts[1].Kind"] = "1", ["Input.Contacts[1].Name"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await client.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("李强", details);
        Assert.Contains("张小明 儿子 138****5678", details);

        // Saved again without typing the phone: the stored number stays.
        elder = await fixture.GetElderAsync(id);
        var again = await PostAsync(new Dictionary<string, string>
        {
            ["Input.Version"] = elder.GetProperty("version").GetString()!,
            ["Input.Tags"] = "empty_nest",
            ["Input.LivingSituation"] = "1",
            ["Input.AssignedWorkerId"] = colleague.ToString(),
            ["Input.Contacts[0].Kind"] = "0", ["Input.Contacts[0].Name"] = "张小明", ["Input.Contacts[0].Relationship"] = "儿子",
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("138****5678", await client.GetStringAsync(again.Headers.Location!.OriginalString));

        // Renamed on the page (the row carries the contact's id): the stored number follows the contact.
        elder = await fixture.GetElderAsync(id);
        var renamed = await PostAsync(new Dictionary<string, string>
        {
            ["Input.Version"] = elder.GetProperty("version").GetString()!,
            ["Input.Tags"] = "empty_nest",
            ["Input.LivingSituation"] = "1",
            ["Input.AssignedWorkerId"] = colleague.ToString(),
            ["Input.Contacts[0].Id"] = elder.GetProperty("contacts")[0].GetProperty("id").GetString()!,
            ["Input.Contacts[0].Kind"] = "0", ["Input.Contacts[0].Name"] = "张晓明", ["Input.Contacts[0].Relationship"] = "儿子",
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("张晓明 儿子 138****5678", await client.GetStringAsync(renamed.Headers.Location!.OriginalString));

        // A stale version (from before the first save) is refused on the page with the Chinese message, changing nothing.
        var stale = await PostAsync(new Dictionary<string, string>
        {
            ["Input.Version"] = original,
            ["Input.Tags"] = "alone",
            ["Input.LivingSituation"] = "1",
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
        Assert.DoesNotContain("alone", (await fixture.GetElderAsync(id)).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_visit_date_that_cannot_be_read_is_refused_on_the_page_not_saved_as_today()
    {
        var id = await fixture.ElderAsync(72, ["empty_nest"], fixture.WukangId);
        using var client = await WorkerAsync();
        var path = $"/ElderlyCare/Visits/Record?elderId={id}";
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AccountTestSupport.AntiforgeryAsync(client, path),
            ["elderId"] = id.ToString(),
            ["Input.VisitDate"] = "2026-02-30",
            ["Input.Method"] = "0",
            ["Input.Findings"] = "日期写错了",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("“2026-02-30”的格式不正确", await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("lastVisitDate").ValueKind);
    }

    [Fact]
    public async Task A_worker_of_xinshi_gets_the_404_page_for_an_elder_of_wukang()
    {
        var id = await fixture.ElderAsync(81, ["alone"], fixture.WukangId);
        using var client = await WorkerAsync("xinshi.worker1");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ElderlyCare/Elders/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ElderlyCare/Visits/Record?elderId={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ElderlyCare/Elders/Edit/{id}")).StatusCode);
    }
}
