using ModularSocialWork.BuildingBlocks.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// The filtered list as .xlsx, ID and phone numbers masked (the export never decrypts anything). Rows stream from the
/// database into a temporary file that is deleted when the response stream closes. Audited with the row count.
/// </summary>
internal static class ExportResidents
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [RequiresPermission(PlatformPermissions.ResidentsExport)]
    public sealed record Query(ListResidents.Query Filter) : IRequest<Result>;

    public sealed record Result(Stream Content, string FileName, int Count);

    internal sealed class Handler(PlatformDbContext db, IPersonalDataProtector protector, IEnumerable<IAuditLog> auditLogs, CountyCalendar calendar)
        : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var query = await ListResidents.FilterAsync(db, protector, request.Filter, cancellationToken);
            var stationNames = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            var count = 0;
            var rows = query.OrderBy(r => r.Name).ThenBy(r => r.Id)
                .Select(r => new { r.Name, r.Sex, r.BirthDate, r.IdNumberMasked, r.PhoneMasked, r.Address, r.Village, r.StationId, r.TagCodes })
                .AsEnumerable()
                .Select(r =>
                {
                    count++;
                    return new Dictionary<string, object?>
                    {
                        ["姓名"] = r.Name,
                        ["性别"] = ResidentLabels.Of(r.Sex),
                        ["出生日期"] = r.BirthDate?.ToString("yyyy-MM-dd"),
                        ["身份证号码（脱敏）"] = r.IdNumberMasked,
                        ["电话（脱敏）"] = r.PhoneMasked,
                        ["地址"] = r.Address,
                        ["村/社区"] = r.Village,
                        ["所属站点"] = stationNames.GetValueOrDefault(r.StationId, ""),
                        ["对象类别"] = string.Join("、", r.TagCodes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => ResidentTags.DisplayName(c))),
                    };
                });

            var path = Path.Combine(Path.GetTempPath(), "msw-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            try
            {
                MiniExcel.SaveAs(file, rows, sheetName: "居民档案", excelType: ExcelType.XLSX);
                file.Position = 0;
            }
            catch
            {
                await file.DisposeAsync();
                throw;
            }

            if (auditLogs.FirstOrDefault() is { } audit)
            {
                await audit.WriteAsync(new AuditRecord("Platform.Residents.Export", "Resident", null, AuditOutcome.Success, $"导出 {count} 条"), CancellationToken.None);
            }

            return new Result(file, $"居民档案-{calendar.Today:yyyyMMdd}.xlsx", count);
        }
    }
}
