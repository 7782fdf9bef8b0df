using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Web;

namespace ModularSocialWork.Host.Pages.Errors;

/// <summary>The 403/404/500 pages (and any other status) in Chinese; never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Render(code);

    public void OnPost(int? code) => Render(code);

    private void Render(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
                         || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
        if (!reExecuted) Response.StatusCode = Code;
        if (Code >= 500) TraceId = HttpContext.TraceIdentifier;
        (Heading, Explanation) = Code switch
        {
            400 => (UiText.Pick("请求有误", "Bad request"), UiText.Pick("提交的内容不正确，请返回检查后重试。", "The request was not valid. Go back, check and try again.")),
            401 => (UiText.Pick("请先登录", "Please sign in"), UiText.Pick("登录后才能访问此页面。", "Sign in to see this page.")),
            403 => (UiText.Pick("没有访问权限", "Access denied"), UiText.Pick("您的账号没有访问此页面的权限。如需开通，请联系县级管理员。", "Your account may not open this page. Ask the county admin if you need it.")),
            404 => (UiText.Pick("页面不存在", "Page not found"), UiText.Pick("您要找的页面不存在，或者您无权查看。", "The page does not exist or is not visible to you.")),
            409 => (UiText.Pick("记录已变更", "Conflict"), UiText.Pick("该记录已被他人修改，请刷新后重试。", "Someone else changed this record. Reload and try again.")),
            _ => (UiText.Pick("系统出现错误", "Something went wrong"), UiText.Pick("很抱歉，系统暂时无法完成此操作，请稍后重试。如果问题持续，请把问题编号告诉管理员。", "Sorry, this could not be done right now. Try again later; if it persists, give the reference to your admin.")),
        };
    }
}
