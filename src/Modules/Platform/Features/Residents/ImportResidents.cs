using ModularSocialWork.BuildingBlocks.Time;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// Imports residents from an .xlsx sheet, all or nothing. Pass 1 streams every row and checks it (ID number, duplicates
/// within the file and against the whole ledger, station visible to the user); any problem → a report of row, field and
/// message and nothing saved. Pass 2 streams the file again and inserts in batches of 1 000 inside one transaction,
/// clearing the change tracker after each batch so 100 000 rows stay in bounded memory.
/// </summary>
internal static class ImportResidents
{
    public const int BatchSize = 1000;
    public const int MaxReportedErrors = 500;

    public static readonly string[] Columns = ["姓名", "身份证号码", "性别", "出生日期", "电话", "地址", "村/社区", "站点编码", "对象类别", "备注"];

    /// <param name="File">A seekable stream of the .xlsx (read twice).</param>
    [RequiresPermission(PlatformPermissions.ResidentsImport)]
    public sealed record Command(Stream File, Guid ImportId) : IRequest<Result>;

    public sealed record RowError(int Row, string Field, string Message);

    public sealed record Result(bool Succeeded, int Imported, int RowsChecked, IReadOnlyList<RowError> Errors, bool ErrorsTruncated);

    internal sealed class Handler(
        PlatformDbContext db,
        IPersonalDataProtector protector,
        IEnumerable<IStationScope> scopes,
        CountyCalendar calendar,
        ImportProgressRegistry registry,
        ICurrentStaff staff,
        IEnumerable<IAuditLog> auditLogs) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var progress = registry.Start(request.ImportId, staff.UserName);
            try
            {
                var result = await ImportAsync(request.File, progress, cancellationToken);
                progress.Finish(result.Succeeded ? ImportPhase.Succeeded : ImportPhase.Rejected);
                await AuditAsync(result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure,
                    result.Succeeded ? $"导入 {result.Imported} 条" : $"校验未通过：{result.Errors.Count} 处问题，未导入");
                return result;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                progress.Finish(ImportPhase.Failed);
                await AuditAsync(AuditOutcome.Failure, ex.GetType().Name);
                throw;
            }
        }

        private async Task<Result> ImportAsync(Stream file, ImportProgress progress, CancellationToken cancellationToken)
        {
            var context = await RowContext.CreateAsync(db, scopes.FirstOrDefault() ?? UnrestrictedStationScope.Instance, calendar.Today, protector, cancellationToken);
            var errors = new List<RowError>();
            var truncated = false;
            void Report(RowError e)
            {
                if (errors.Count < MaxReportedErrors) errors.Add(e);
                else truncated = true;
            }

            // Pass 1: check every row. Only the blind indexes are kept (for duplicates), never the entities.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var pending = new List<(string Index, int Row)>(BatchSize);
            var rows = 0;
            if (!TryReadRows(file, out var sheet, out var formatError))
            {
                return new Result(false, 0, 0, [new RowError(1, "文件", formatError!)], false);
            }

            var headerError = CheckHeader(file);
            if (headerError is not null) return new Result(false, 0, 0, [headerError], false);

            foreach (var (rowNumber, cells) in sheet)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows++;
                var resident = context.Build(rowNumber, cells, Report, encrypt: false);
                if (resident?.IdNumberIndex is { } index)
                {
                    if (seen.TryGetValue(index, out var firstRow))
                    {
                        Report(new RowError(rowNumber, "身份证号码", $"与第 {firstRow} 行的身份证号码重复。"));
                    }
                    else
                    {
                        seen[index] = rowNumber;
                        pending.Add((index, rowNumber));
                    }
                }

                if (pending.Count >= BatchSize) await CheckLedgerAsync(pending, Report, cancellationToken);
                if (rows % 500 == 0) progress.Report(rows);
            }

            await CheckLedgerAsync(pending, Report, cancellationToken);
            progress.Report(rows);
            if (rows == 0) Report(new RowError(2, "文件", "表格中没有数据行。"));
            if (errors.Count > 0) return new Result(false, 0, rows, errors, truncated);
            seen.Clear();

            // Pass 2: insert, all in one transaction.
            progress.Enter(ImportPhase.Saving, rows);
            file.Position = 0;
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var batch = new List<Resident>(BatchSize);
                var saved = 0;
                TryReadRows(file, out sheet, out _);
                foreach (var (rowNumber, cells) in sheet)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var resident = context.Build(rowNumber, cells, e => throw new InvalidOperationException($"row {e.Row} changed between passes"), encrypt: true);
                    if (resident is null) continue;
                    batch.Add(resident);
                    if (batch.Count >= BatchSize) saved += await SaveBatchAsync(batch, progress, saved, cancellationToken);
                }

                saved += await SaveBatchAsync(batch, progress, saved, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new Result(true, saved, rows, [], false);
            }
            finally
            {
                db.ChangeTracker.Clear();
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }
        }

        private async Task<int> SaveBatchAsync(List<Resident> batch, ImportProgress progress, int savedBefore, CancellationToken cancellationToken)
        {
            if (batch.Count == 0) return 0;
            db.Residents.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var count = batch.Count;
            batch.Clear();
            progress.Report(savedBefore + count);
            return count;
        }

        /// <summary>One query per batch of ID numbers, across every station: the number is unique county-wide.</summary>
        private async Task CheckLedgerAsync(List<(string Index, int Row)> pending, Action<RowError> report, CancellationToken cancellationToken)
        {
            if (pending.Count == 0) return;
            var indexes = pending.Select(p => p.Index).ToList();
            var existing = (await db.Residents.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => r.IdNumberIndex != null && indexes.Contains(r.IdNumberIndex))
                    .Select(r => r.IdNumberIndex!)
                    .ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (index, row) in pending)
            {
                if (existing.Contains(index)) report(new RowError(row, "身份证号码", "该身份证号码已在居民档案中登记。"));
            }

            pending.Clear();
        }

        private async Task AuditAsync(AuditOutcome outcome, string detail)
        {
            if (auditLogs.FirstOrDefault() is { } audit)
            {
                await audit.WriteAsync(new AuditRecord("Platform.Residents.Import", "Resident", null, outcome, detail), CancellationToken.None);
            }
        }

        /// <summary>Rows with their Excel row number (header is row 1); blank rows are skipped but still counted.</summary>
        private static bool TryReadRows(Stream file, out IEnumerable<(int Row, IDictionary<string, object?> Cells)> rows, out string? error)
        {
            file.Position = 0;
            rows = Enumerate(file);
            error = null;
            try
            {
                MiniExcel.GetSheetNames(file);
                file.Position = 0;
                return true;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or InvalidOperationException or System.Xml.XmlException)
            {
                error = "无法读取该文件，请上传 .xlsx 格式的 Excel 文件。";
                return false;
            }
        }

        private static RowError? CheckHeader(Stream file)
        {
            file.Position = 0;
            var header = MiniExcel.Query(file, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().FirstOrDefault();
            file.Position = 0;
            var names = header?.Values.Select(v => v?.ToString()?.Trim()).Where(v => !string.IsNullOrEmpty(v)).ToHashSet() ?? [];
            var missing = new[] { "姓名", "站点编码" }.Where(c => !names.Contains(c)).ToList();
            return missing.Count == 0 ? null : new RowError(1, string.Join("、", missing), "表头缺少必需的列：" + string.Join("、", missing) + "。请使用导入模板。");
        }

        private static IEnumerable<(int Row, IDictionary<string, object?> Cells)> Enumerate(Stream file)
        {
            var row = 1;
            foreach (IDictionary<string, object?> cells in MiniExcel.Query(file, useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                row++;
                if (cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)))) continue;
                yield return (row, cells);
            }
        }
    }

    /// <summary>What every row needs to be checked and built: stations by code, today, the protector.</summary>
    private sealed class RowContext(Dictionary<string, Guid> stationsByCode, IStationScope scope, DateOnly today, IPersonalDataProtector protector)
    {
        public static async Task<RowContext> CreateAsync(
            PlatformDbContext db, IStationScope scope, DateOnly today, IPersonalDataProtector protector, CancellationToken cancellationToken)
        {
            var stations = await db.Stations.AsNoTracking().Where(s => s.IsActive)
                .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
            return new RowContext(stations, scope, today, protector);
        }

        public Resident? Build(int row, IDictionary<string, object?> cells, Action<RowError> report, bool encrypt)
        {
            var ok = true;
            void Fail(string field, string message)
            {
                ok = false;
                report(new RowError(row, field, message));
            }

            var name = Text(cells, "姓名");
            if (name is null) Fail("姓名", "请填写姓名。");
            else if (name.Length > Resident.NameMaxLength) Fail("姓名", $"姓名不能超过 {Resident.NameMaxLength} 个字符。");

            ChineseIdNumber? id = null;
            var idCell = cells.TryGetValue("身份证号码", out var idValue) ? idValue : null;
            if (idCell is double or decimal or long or int)
            {
                Fail("身份证号码", "身份证号码被 Excel 存成了数字（会丢失末几位），请把该列设为文本格式后重新填写。");
            }
            else if (Text(cells, "身份证号码") is { } idText && !ChineseIdNumber.TryParse(idText, today, out id, out var idError))
            {
                Fail("身份证号码", idError!);
            }

            var sexText = Text(cells, "性别");
            var sex = ResidentLabels.ParseSex(sexText);
            if (sex is (Sex)(-1)) Fail("性别", "性别应填写“男”或“女”。");

            DateOnly? birthDate = null;
            if (cells.TryGetValue("出生日期", out var birthCell) && birthCell is not null && !(birthCell is string bs && string.IsNullOrWhiteSpace(bs)))
            {
                birthDate = ParseDate(birthCell);
                if (birthDate is null) Fail("出生日期", "出生日期格式不正确，请填写如 1950-01-31 的日期。");
                else if (birthDate > today || birthDate.Value.Year < 1900) Fail("出生日期", "出生日期不能晚于今天，也不能早于 1900 年。");
            }

            var phone = ResidentRules.NormalizePhone(Text(cells, "电话"));
            if (!ResidentRules.IsValidPhone(phone)) Fail("电话", ResidentRules.PhoneMessage);

            var address = Text(cells, "地址");
            if (address?.Length > Resident.AddressMaxLength) Fail("地址", $"地址不能超过 {Resident.AddressMaxLength} 个字符。");
            var village = Text(cells, "村/社区");
            if (village?.Length > Resident.VillageMaxLength) Fail("村/社区", $"村/社区不能超过 {Resident.VillageMaxLength} 个字符。");
            var notes = Text(cells, "备注");
            if (notes?.Length > Resident.NotesMaxLength) Fail("备注", $"备注不能超过 {Resident.NotesMaxLength} 个字符。");

            var stationId = Guid.Empty;
            var stationCode = Text(cells, "站点编码");
            if (stationCode is null) Fail("站点编码", "请填写站点编码。");
            else if (!stationsByCode.TryGetValue(stationCode, out stationId) || !scope.CanSee(stationId))
            {
                Fail("站点编码", $"站点编码“{stationCode}”不存在、已停用或不在您的管辖范围内。");
            }

            var tags = new List<string>();
            if (Text(cells, "对象类别") is { } tagText)
            {
                foreach (var part in tagText.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (ResidentTags.CodeFromName(part) is { } code) tags.Add(code);
                    else Fail("对象类别", $"对象类别“{part}”无法识别。");
                }
            }

            if (!ok) return null;

            var resident = new Resident { Name = "" };
            resident.Rename(name!);
            ResidentWriter.Apply(resident, sex, birthDate, address, village, stationId, null, null, tags, LegalBasis.StatutoryDuty, notes);
            if (id is not null)
            {
                if (encrypt) ResidentWriter.SetIdNumber(resident, id, protector);
                else resident.IdNumberIndex = protector.BlindIndex(id.Value);
            }

            if (encrypt) ResidentWriter.SetPhone(resident, phone, protector);
            resident.FlagMinorOn(today);
            return resident;
        }

        private static string? Text(IDictionary<string, object?> cells, string column)
        {
            if (!cells.TryGetValue(column, out var value) || value is null) return null;
            var text = value switch
            {
                double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
                DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        private static DateOnly? ParseDate(object value) => value switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            double oa when oa is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(oa)),
            string s when DateOnly.TryParseExact(s.Trim(), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.M.d"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            _ => null,
        };
    }
}
