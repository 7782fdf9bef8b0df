using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;
using ModularSocialWork.Modules.Platform.Features.Residents;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>
/// Import from .xlsx, all or nothing, with the per-row report. While the upload is being processed the page (still on
/// screen during the form post) polls the progress with htmx.
/// </summary>
[Authorize(Policy = PlatformPermissions.ResidentsImportPolicy)]
[RequestSizeLimit(ResidentEndpoints.MaxImportBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ResidentEndpoints.MaxImportBytes + 1024 * 1024)]
public sealed class ImportModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Guid ImportId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string? FileError { get; private set; }
    internal ImportResidents.Result? Result { get; private set; }

    public void OnGet() => ImportId = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var importId = ImportId == Guid.Empty ? Guid.NewGuid() : ImportId;
        ImportId = Guid.NewGuid(); // the next upload from this page gets its own progress
        if (Upload is null || Upload.Length == 0)
        {
            FileError = "请选择要导入的 .xlsx 文件。";
            return Page();
        }

        if (Upload.Length > ResidentEndpoints.MaxImportBytes)
        {
            FileError = "文件不能超过 50 MB。";
            return Page();
        }

        await using var copy = await ResidentEndpoints.SeekableCopyAsync(Upload, cancellationToken);
        Result = await mediator.Send(new ImportResidents.Command(copy, importId), cancellationToken);
        return Page();
    }

    /// <summary>The htmx poll: a small fragment; status 286 tells htmx to stop polling once the import has ended.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        var progress = await mediator.Send(new GetImportProgress.Query(id), cancellationToken);
        if (progress is null) return Content("", "text/html");
        var text = progress.Total > 0
            ? $"{ImportPhase.Chinese(progress.Phase)}：{progress.Processed} / {progress.Total} 行"
            : $"{ImportPhase.Chinese(progress.Phase)}：已读取 {progress.Processed} 行";
        if (progress.Finished) Response.StatusCode = 286;
        return Content($"<span>{System.Net.WebUtility.HtmlEncode(text)}</span>", "text/html");
    }

    /// <summary>An empty sheet with the expected header row.</summary>
    public IActionResult OnGetTemplate()
    {
        var stream = new MemoryStream();
        var example = new Dictionary<string, object?>
        {
            ["姓名"] = "张三", ["身份证号码"] = "11010519491231002X", ["性别"] = "女", ["出生日期"] = "1949-12-31",
            ["电话"] = "13800000000", ["地址"] = "", ["村/社区"] = "", ["站点编码"] = "", ["对象类别"] = "独居老人、低保", ["备注"] = "示例行，导入前请删除",
        };
        MiniExcel.SaveAs(stream, new[] { example }, sheetName: "居民", excelType: ExcelType.XLSX);
        stream.Position = 0;
        return File(stream, ExportResidents.ContentType, "居民档案导入模板.xlsx");
    }
}
