using MediatR;
using MiniExcelLibs;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>The monthly report as .xlsx: one row per station of the caller's scope, then the total.</summary>
[RequiresPermission(ElderlyCarePermissions.ReportsExport)]
internal sealed record ExportMonthlyFigures(DateOnly Month) : IRequest<ExportedFigures>;

internal sealed record ExportedFigures(byte[] Content, string FileName);

internal sealed class ExportMonthlyFiguresHandler(MonthlyFiguresCalculator calculator, IEnumerable<IAuditLog> auditLogs)
    : IRequestHandler<ExportMonthlyFigures, ExportedFigures>
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<ExportedFigures> Handle(ExportMonthlyFigures request, CancellationToken cancellationToken)
    {
        var figures = await calculator.ComputeAsync(request.Month, withTrend: false, cancellationToken);
        // A handful of rows (one per station): built in memory, no temporary file needed.
        var rows = figures.Stations.Append(figures.Total).Select(r => new Dictionary<string, object?>
        {
            ["站点"] = r.StationName,
            ["应探访老人数"] = r.EldersDue,
            ["按要求探访数"] = r.VisitedAsRequired,
            ["月探访率"] = r.RateText,
            ["服务人次"] = r.ServiceTimes,
            ["服务人数"] = r.PersonsServed,
            ["高风险"] = r.HighRisk,
            ["重点"] = r.Key,
            ["一般"] = r.General,
        }).ToList();

        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, rows, sheetName: "月探访统计", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);

        if (auditLogs.FirstOrDefault() is { } audit)
        {
            await audit.WriteAsync(new AuditRecord("ElderlyCare.Figures.Export", "MonthlyFigures", null, AuditOutcome.Success, $"导出 {figures.Month} 月报"), CancellationToken.None);
        }

        return new ExportedFigures(stream.ToArray(), $"养老服务月报-{figures.Month}.xlsx");
    }
}
