using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Accounts;

/// <summary>Small helpers shared by the account tests: create staff through the API, sign in through the page.</summary>
internal static partial class AccountTestSupport
{
    public const string WorkerPassword = "Worker!2026";

    public static async Task<Guid> FirstStationAsync(HttpClient admin)
    {
        var stations = await admin.GetFromJsonAsync<JsonElement>("/api/platform/stations");
        return stations.EnumerateArray().First().GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateStaffAsync(HttpClient admin, string userName, string role = "SocialWorker", string password = WorkerPassword)
    {
        var stationId = await FirstStationAsync(admin);
        var response = await admin.PostAsJsonAsync("/api/platform/staff", new { userName, displayName = "测试" + userName, password, role, stationId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static HttpClient CookieClient(TestHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> AntiforgeryAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    /// <summary>Posts the sign-in form; returns the redirect target.</summary>
    public static async Task<string?> SignInWithPageAsync(HttpClient client, string userName, string password)
    {
        var antiforgery = await AntiforgeryAsync(client, "/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
