using MediatR;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Children;

/// <summary>
/// The children of the caller's scope as .xlsx (name, age, category, guardianship, risk, case stage, next visit) —
/// never health, disability or phone numbers. Needs its own permission and is audited.
/// </summary>
[RequiresPermission(ChildProtectionPermissions.ReportsExport)]
internal sealed record ExportChildren : IRequest<ExportedFile>;

internal sealed record ExportedFile(byte[] Content, string FileName)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

internal sealed class ExportChildrenHandler(ChildProtectionDbContext db, CountyCalendar calendar, IEnumerable<IAuditLog> auditLogs)
    : IRequestHandler<ExportChildren, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportChildren request, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var children = await (from c in db.Children.AsNoTracking()
                              join p in db.VisitPlans.AsNoTracking() on c.Id equals p.ChildProfileId into plans
                              from p in plans.DefaultIfEmpty()
                              orderby c.Name, c.Id
                              select new { c.Id, c.Name, c.BirthDate, c.Category, c.GuardianshipStatus, c.RiskLevel, c.LegalBasis, Due = p == null ? (DateOnly?)null : p.NextDueDate })
            .ToListAsync(cancellationToken);
        var openCases = await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed)
            .Select(c => new { c.ChildProfileId, c.Status }).ToListAsync(cancellationToken);
        var stageOf = openCases.GroupBy(c => c.ChildProfileId).ToDictionary(g => g.Key, g => CaseStateMachine.StatusZh(g.First().Status));

        var rows = children.Select(c => new Dictionary<string, object?>
        {
            ["姓名"] = c.Name,
            ["年龄"] = ChildVisitPolicy.AgeOn(c.BirthDate, today),
            ["类别"] = ChildText.CategoryZh(c.Category),
            ["监护状况"] = ChildText.GuardianshipZh(c.GuardianshipStatus),
            ["风险等级"] = ChildText.RiskZh(c.RiskLevel),
            ["个案阶段"] = stageOf.GetValueOrDefault(c.Id, "—"),
            ["下次应访"] = c.Due?.ToString("yyyy-MM-dd"),
            ["处理依据"] = ChildText.LegalBasisZh(c.LegalBasis),
        }).ToList();
        if (rows.Count == 0) rows.Add(new Dictionary<string, object?> { ["姓名"] = "（无）" });

        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, rows, sheetName: "儿童名册", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        if (auditLogs.FirstOrDefault() is { } audit)
        {
            await audit.WriteAsync(new AuditRecord("ChildProtection.Children.Export", "ChildProfile", null, AuditOutcome.Success, $"导出 {children.Count} 名儿童"), CancellationToken.None);
        }

        return new ExportedFile(stream.ToArray(), $"儿童关爱名册-{today:yyyy-MM-dd}.xlsx");
    }
}
