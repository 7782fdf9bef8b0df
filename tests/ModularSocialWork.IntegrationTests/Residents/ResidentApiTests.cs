using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;

namespace ModularSocialWork.IntegrationTests.Residents;

/// <summary>The residents ledger through its API on the real host (SQLite).</summary>
public sealed class ResidentApiTests(ResidentsHostFixture fixture) : IClassFixture<ResidentsHostFixture>
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task A_valid_registration_is_listed_and_shown_masked_with_sex_and_birth_date_from_the_number()
    {
        var id = ResidentsHostFixture.IdNumber(new DateOnly(1940, 5, 6), 13);
        var response = await fixture.RegisterAsync("钱多多", id, "13812345678", tags: ["elder.alone", "assist.dibao"]);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        using var list = await fixture.ListAsync("search=" + Uri.EscapeDataString("钱多多"));
        var item = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(id[..6] + "********" + id[^4..], item.GetProperty("idNumberMasked").GetString());
        Assert.Equal("138****5678", item.GetProperty("phoneMasked").GetString());
        Assert.Equal("1940-05-06", item.GetProperty("birthDate").GetString());
        Assert.DoesNotContain(id, list.RootElement.GetRawText());

        var residentId = item.GetProperty("id").GetGuid();
        var detail = await Admin.GetStringAsync($"/api/platform/residents/{residentId}");
        Assert.DoesNotContain(id, detail);
        Assert.DoesNotContain("13812345678", detail);
        using var json = JsonDocument.Parse(detail);
        Assert.Equal(1, json.RootElement.GetProperty("sex").GetInt32()); // sequence 013: odd → male
        Assert.Equal(2, json.RootElement.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task A_wrong_check_character_is_a_400_with_the_chinese_field_error_and_nothing_is_saved()
    {
        var valid = ResidentsHostFixture.IdNumber(new DateOnly(1950, 1, 2), 21);
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var response = await fixture.RegisterAsync("孙错误", wrong);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty("idNumber");
        Assert.Contains("校验位不正确", messages[0].GetString());
        using var list = await fixture.ListAsync("search=" + Uri.EscapeDataString("孙错误"));
        Assert.Equal(0, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Registering_a_known_number_again_is_a_409_naming_the_existing_resident()
    {
        var id = ResidentsHostFixture.IdNumber(new DateOnly(1961, 7, 8), 35);
        var first = await fixture.RegisterAsync("周第一", id);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var second = await fixture.RegisterAsync("周第二", id.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(firstId, problem.RootElement.GetProperty("existingResidentId").GetGuid());
        Assert.Contains("已登记", problem.RootElement.GetProperty("title").GetString());
        using var list = await fixture.ListAsync("search=" + Uri.EscapeDataString("周第二"));
        Assert.Equal(0, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_lower_case_x_is_stored_upper_case()
    {
        var id = FindNumberEndingInX();
        var response = await fixture.RegisterAsync("吴小写", id.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var residentId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var reveal = await Admin.PostAsJsonAsync($"/api/platform/residents/{residentId}/reveal-id", new { reason = "核对低保材料" });
        Assert.Equal(HttpStatusCode.OK, reveal.StatusCode);
        Assert.Equal(id, (await reveal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idNumber").GetString());
        Assert.EndsWith("X", id);
    }

    [Fact]
    public async Task Search_by_name_prefix_pinyin_initials_and_full_id_number()
    {
        var id = ResidentsHostFixture.IdNumber(new DateOnly(1972, 2, 3), 47);
        Assert.Equal(HttpStatusCode.Created, (await fixture.RegisterAsync("欧阳娜娜", id)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await fixture.RegisterAsync("欧阳修", null)).StatusCode);

        using (var byName = await fixture.ListAsync("search=" + Uri.EscapeDataString("欧阳")))
        {
            Assert.Equal(2, byName.RootElement.GetProperty("total").GetInt32());
        }

        using (var byInitials = await fixture.ListAsync("search=oynn"))
        {
            var item = Assert.Single(byInitials.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal("欧阳娜娜", item.GetProperty("name").GetString());
        }

        using (var byId = await fixture.ListAsync("search=" + id))
        {
            var item = Assert.Single(byId.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal("欧阳娜娜", item.GetProperty("name").GetString());
        }

        using var byPartialId = await fixture.ListAsync("search=" + id[..17]);
        Assert.Equal(0, byPartialId.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Paging_is_on_the_server_and_page_size_is_capped()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Created, (await fixture.RegisterAsync($"翁分页{i}", null)).StatusCode);
        using var page2 = await fixture.ListAsync("search=" + Uri.EscapeDataString("翁分页") + "&page=2&pageSize=2");
        Assert.Equal(3, page2.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("翁分页2", Assert.Single(page2.RootElement.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/platform/residents?pageSize=101")).StatusCode);
    }

    [Fact]
    public async Task The_raw_database_files_contain_no_plaintext_id_or_phone_number()
    {
        var ids = Enumerable.Range(0, 5).Select(i => ResidentsHostFixture.IdNumber(new DateOnly(1955, 3, 10 + i), 100 + i)).ToList();
        var phones = Enumerable.Range(0, 5).Select(i => $"1390000{i:0000}").ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await fixture.RegisterAsync($"郑明文{i}", ids[i], phones[i])).StatusCode);
        }

        var dbFile = Path.Combine(fixture.Host.DataDirectory, "platform.db");
        Assert.True(File.Exists(dbFile), dbFile);
        var contents = new StringBuilder();
        foreach (var file in new[] { dbFile, dbFile + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            contents.Append(Encoding.Latin1.GetString(buffer.ToArray()));
        }

        var raw = contents.ToString();
        Assert.Contains(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("郑明文0")), raw); // the names are there: the files were read
        foreach (var id in ids)
        {
            Assert.DoesNotContain(id, raw);
            Assert.DoesNotContain(id[6..14] + id[14..17], raw); // not even the birth date + sequence run
        }

        foreach (var phone in phones) Assert.DoesNotContain(phone, raw);
    }

    [Fact]
    public async Task Revealing_needs_the_permission_and_a_reason()
    {
        var id = ResidentsHostFixture.IdNumber(new DateOnly(1966, 6, 6), 57);
        var response = await fixture.RegisterAsync("冯揭示", id);
        var residentId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var viewer = await fixture.Host.SignedInAsync("viewer", ResidentsHostFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/platform/residents/{residentId}")).StatusCode);
        var denied = await viewer.PostAsJsonAsync($"/api/platform/residents/{residentId}/reveal-id", new { reason = "想看看" });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var noReason = await Admin.PostAsJsonAsync($"/api/platform/residents/{residentId}/reveal-id", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("原因", await noReason.Content.ReadAsStringAsync());

        var shortReason = await Admin.PostAsJsonAsync($"/api/platform/residents/{residentId}/reveal-id", new { reason = "查" });
        Assert.Equal(HttpStatusCode.BadRequest, shortReason.StatusCode);

        var revealed = await Admin.PostAsJsonAsync($"/api/platform/residents/{residentId}/reveal-id", new { reason = "办理临时救助" });
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(id, (await revealed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task A_stale_version_is_a_409()
    {
        var response = await fixture.RegisterAsync("褚版本", null);
        var residentId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var version = JsonDocument.Parse(await Admin.GetStringAsync($"/api/platform/residents/{residentId}")).RootElement.GetProperty("version").GetGuid();

        var first = await Admin.PutAsJsonAsync($"/api/platform/residents/{residentId}", new { version, name = "褚版本甲", stationId = fixture.WukangId });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await Admin.PutAsJsonAsync($"/api/platform/residents/{residentId}", new { version, name = "褚版本乙", stationId = fixture.WukangId });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_good_file_imports_every_row()
    {
        var rows = Enumerable.Range(0, 30).Select(i => Row($"卫导入{i:00}", ResidentsHostFixture.IdNumber(new DateOnly(1948, 1, 1).AddDays(i), 200 + i), "wukang", "独居老人、低保")).ToList();
        var response = await ImportAsync(rows);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(30, JsonDocument.Parse(body).RootElement.GetProperty("imported").GetInt32());

        using var list = await fixture.ListAsync("search=" + Uri.EscapeDataString("卫导入") + "&tag=assist.dibao&pageSize=100");
        Assert.Equal(30, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task One_bad_row_imports_nothing_and_the_report_names_row_and_field()
    {
        var good = ResidentsHostFixture.IdNumber(new DateOnly(1951, 1, 1), 301);
        var bad = ResidentsHostFixture.IdNumber(new DateOnly(1951, 1, 2), 302);
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var rows = new[]
        {
            Row("蒋坏行一", good, "wukang", "空巢"),
            Row("蒋坏行二", bad, "wukang", ""),
            Row("蒋坏行三", ResidentsHostFixture.IdNumber(new DateOnly(1951, 1, 3), 303), "nosuchstation", "不存在的类别"),
            Row("蒋坏行四", good, "wukang", ""),
        };

        var response = await ImportAsync(rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = report.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Field: e.GetProperty("field").GetString(), Message: e.GetProperty("message").GetString()))
            .ToList();
        Assert.Contains(errors, e => e.Row == 3 && e.Field == "身份证号码" && e.Message!.Contains("校验位"));
        Assert.Contains(errors, e => e.Row == 4 && e.Field == "站点编码");
        Assert.Contains(errors, e => e.Row == 4 && e.Field == "对象类别");
        Assert.Contains(errors, e => e.Row == 5 && e.Field == "身份证号码" && e.Message!.Contains("第 2 行"));

        using var list = await fixture.ListAsync("search=" + Uri.EscapeDataString("蒋坏行"));
        Assert.Equal(0, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_export_has_masked_numbers_only()
    {
        var id = ResidentsHostFixture.IdNumber(new DateOnly(1944, 4, 4), 401);
        Assert.Equal(HttpStatusCode.Created, (await fixture.RegisterAsync("沈导出", id, "13711112222")).StatusCode);

        var response = await Admin.GetAsync("/api/platform/residents/export?search=" + Uri.EscapeDataString("沈导出"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("沈导出", row["姓名"]);
        Assert.Equal(id[..6] + "********" + id[^4..], row["身份证号码（脱敏）"]);
        Assert.Equal("137****2222", row["电话（脱敏）"]);
        var everything = string.Join("|", rows.SelectMany(r => r.Values).Select(v => v?.ToString()));
        Assert.DoesNotContain(id, everything);
        Assert.DoesNotContain("13711112222", everything);

        using var viewer = await fixture.Host.SignedInAsync("viewer", ResidentsHostFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/platform/residents/export")).StatusCode);
    }

    private async Task<HttpResponseMessage> ImportAsync(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(ResidentsHostFixture.Workbook(rows));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "residents.xlsx");
        return await Admin.PostAsync("/api/platform/residents/import", content);
    }

    private static Dictionary<string, object?> Row(string name, string id, string station, string tags) => new()
    {
        ["姓名"] = name, ["身份证号码"] = id, ["性别"] = "", ["出生日期"] = "", ["电话"] = "", ["地址"] = "武康街道",
        ["村/社区"] = "永安社区", ["站点编码"] = station, ["对象类别"] = tags, ["备注"] = "",
    };

    private static string FindNumberEndingInX()
    {
        for (var sequence = 600; ; sequence++)
        {
            var id = ResidentsHostFixture.IdNumber(new DateOnly(1958, 8, 8), sequence);
            if (id[17] == 'X') return id;
        }
    }
}
