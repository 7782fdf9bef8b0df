using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Platform;

/// <summary>Sign-in through the token endpoint and the sign-in page: success, failure, lockout; no hint which.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly TestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task The_token_endpoint_returns_a_bearer_token_that_the_api_and_openapi_accept()
    {
        using var client = host.Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = TestHost.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.True(json.RootElement.GetProperty("expiresIn").GetInt64() > 0);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("/api/auth/token", await openApi.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        using var client = host.Anonymous();
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "Wrong!Passw0rd" });
        var unknown = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "Wrong!Passw0rd" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(Title(await wrong.Content.ReadAsStringAsync()), Title(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Missing_credentials_get_a_400_problem()
    {
        using var client = host.Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_the_sixth_try_fails_even_with_the_right_password()
    {
        using var client = host.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = $"Wrong!Passw0rd{attempt}" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var sixth = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = TestHost.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, sixth.StatusCode);

        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "x" });
        Assert.Equal(Title(await wrong.Content.ReadAsStringAsync()), Title(await sixth.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_sign_in_page_is_in_chinese_and_signs_in_with_a_cookie()
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var redirect = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login", redirect.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);

        var page = await client.GetStringAsync("/account/login");
        Assert.Contains("登录", page);
        Assert.Contains("用户名", page);
        Assert.Contains("密码", page);
        var antiforgery = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(antiforgery);

        var wrong = await client.PostAsync("/account/login", Form(antiforgery, "admin", "Wrong!Passw0rd"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync());

        var ok = await client.PostAsync("/account/login", Form(antiforgery, "admin", TestHost.AdminPassword));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains("工作台", home);
        Assert.Contains("我的待办", home);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var client = host.Anonymous();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = TestHost.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static FormUrlEncodedContent Form(string antiforgery, string userName, string password) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = antiforgery,
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
    });

    private static string? Title(string problemJson) => JsonDocument.Parse(problemJson).RootElement.GetProperty("title").GetString();
}
