using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.Benchmarks;

/// <summary>
/// Issue 3's measurements on SQLite: import of 100 000 residents through the API (wall time, peak memory) against a raw
/// prepared-INSERT baseline writing the same encrypted rows; then, with N residents in the ledger, ID look-up and
/// name-prefix search through the full API (token, pipeline, scope, EF) against the same query in raw SQL on the same file.
/// </summary>
internal static class ResidentsScenario
{
    private const int ImportBatch = 100_000;

    public static async Task RunAsync(int count, int lookups)
    {
        using var host = new BenchHost();
        using var client = await host.AdminClientAsync();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();
        var stations = await client.GetFromJsonAsync<JsonElement>("/api/platform/stations");
        var stationCode = stations.EnumerateArray().First(s => s.GetProperty("code").GetString() == "wukang").GetProperty("code").GetString()!;

        Console.WriteLine($"# Residents on SQLite: {count:N0} residents, {lookups:N0} look-ups per scenario, {Environment.ProcessorCount} cores");
        Console.WriteLine();

        // Import in files of 100 000 rows; the first is the measured one.
        (double Seconds, long PeakBytes)? firstImport = null;
        for (var start = 0; start < count; start += ImportBatch)
        {
            var rows = Math.Min(ImportBatch, count - start);
            var file = WriteWorkbook(start, rows, stationCode);
            var measured = await Footprint.MeasureAsync(() => ImportAsync(client, file));
            firstImport ??= measured;
            File.Delete(file);
            Console.Error.WriteLine($"imported {start + rows:N0} in {measured.Seconds:F1} s");
        }

        var baselineImport = await Footprint.MeasureAsync(() => Task.Run(() => RawInsert(host.DataDirectory, protector, Math.Min(ImportBatch, count))));

        var random = new Random(42);
        var idLookup = await Latency.MeasureAsync(50, lookups, async call =>
        {
            var id = IdNumbers.For(random.Next(count));
            var response = await client.GetAsync($"/api/platform/residents?search={id}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });
        var names = Enumerable.Range(0, 400).Select(n => IdNumbers.NameFor(n)[..2]).Distinct().ToArray();
        var namePrefix = await Latency.MeasureAsync(50, lookups, async i =>
        {
            var response = await client.GetAsync($"/api/platform/residents?search={Uri.EscapeDataString(names[i % names.Length])}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });

        await using var raw = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "platform.db")};Mode=ReadOnly");
        await raw.OpenAsync();
        var rawId = await Latency.MeasureAsync(50, lookups, async call =>
        {
            await using var command = raw.CreateCommand();
            command.CommandText = "SELECT Id, Name, IdNumberMasked FROM Residents WHERE IdNumberIndex = $i";
            command.Parameters.AddWithValue("$i", protector.BlindIndex(IdNumbers.For(random.Next(count))));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetString(1);
        });
        var rawName = await Latency.MeasureAsync(50, lookups, async i =>
        {
            await using var command = raw.CreateCommand();
            command.CommandText = "SELECT Id, Name, IdNumberMasked FROM Residents WHERE Name >= $p AND Name < $q ORDER BY Name LIMIT 20";
            var prefix = names[i % names.Length];
            command.Parameters.AddWithValue("$p", prefix);
            command.Parameters.AddWithValue("$q", prefix + '\uffff');
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetString(1);
        });

        Console.WriteLine("| scenario | app p50 ms | app p99 ms | baseline p50 ms | baseline p99 ms | p50 ratio app/baseline |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Row("ID look-up (API vs raw SQL by blind index)", idLookup, rawId);
        Row("name-prefix search (API vs raw SQL range)", namePrefix, rawName);
        Console.WriteLine();
        Console.WriteLine("| import of 100 000 rows | app | baseline (raw prepared INSERT, same encryption) | ratio |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| wall time | {firstImport!.Value.Seconds:F1} s | {baselineImport.Seconds:F1} s | {firstImport.Value.Seconds / baselineImport.Seconds:F1}× |");
        Console.WriteLine($"| peak managed + native growth | {firstImport.Value.PeakBytes / 1048576.0:F0} MB | {baselineImport.PeakBytes / 1048576.0:F0} MB | |");
    }

    private static void Row(string name, Latency app, Latency baseline) =>
        Console.WriteLine($"| {name} | {app.P50:F2} | {app.P99:F2} | {baseline.P50:F3} | {baseline.P99:F3} | {app.P50 / baseline.P50:F1}× |");

    private static async Task ImportAsync(HttpClient client, string file)
    {
        using var content = new MultipartFormDataContent();
        await using var stream = File.OpenRead(file);
        content.Add(new StreamContent(stream), "file", "residents.xlsx");
        var response = await client.PostAsync("/api/platform/residents/import", content);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"import failed: {(int)response.StatusCode} {body[..Math.Min(2000, body.Length)]}");
        }
    }

    private static string WriteWorkbook(int start, int rows, string stationCode)
    {
        var path = Path.Combine(Path.GetTempPath(), $"msw-bench-{Guid.NewGuid():N}.xlsx");
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            for (var n = start; n < start + rows; n++)
            {
                yield return new Dictionary<string, object?>
                {
                    ["姓名"] = IdNumbers.NameFor(n),
                    ["身份证号码"] = IdNumbers.For(n),
                    ["性别"] = null,
                    ["出生日期"] = null,
                    ["电话"] = IdNumbers.PhoneFor(n),
                    ["地址"] = "武康街道某路" + (n % 500) + "号",
                    ["村/社区"] = "永安社区",
                    ["站点编码"] = stationCode,
                    ["对象类别"] = n % 3 == 0 ? "独居" : null,
                    ["备注"] = null,
                };
            }
        }

        MiniExcel.SaveAs(path, Rows());
        return path;
    }

    /// <summary>Baseline: the same rows, encrypted the same way, written with one prepared INSERT in one transaction.</summary>
    private static void RawInsert(string dataDirectory, IPersonalDataProtector protector, int rows)
    {
        var file = Path.Combine(dataDirectory, "baseline.db");
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE Residents (Id TEXT PRIMARY KEY, Name TEXT NOT NULL, " +
                                 "IdNumberCipher TEXT, IdNumberIndex TEXT, IdNumberMasked TEXT, PhoneCipher TEXT, PhoneIndex TEXT, StationId TEXT); " +
                                 "CREATE UNIQUE INDEX ix_id ON Residents(IdNumberIndex); CREATE INDEX ix_name ON Residents(Name);";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Residents VALUES ($id, $name, $c, $i, $m, $pc, $pi, $s)";
        var parameters = new[] { "$id", "$name", "$c", "$i", "$m", "$pc", "$pi", "$s" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        var station = Guid.NewGuid().ToString();
        for (var n = 0; n < rows; n++)
        {
            var id = IdNumbers.For(n);
            var phone = IdNumbers.PhoneFor(n);
            parameters[0].Value = Guid.CreateVersion7().ToString();
            parameters[1].Value = IdNumbers.NameFor(n);
            parameters[2].Value = protector.Protect(id);
            parameters[3].Value = protector.BlindIndex(id);
            parameters[4].Value = ChineseIdNumber.Mask(id);
            parameters[5].Value = protector.Protect(phone);
            parameters[6].Value = protector.BlindIndex(phone);
            parameters[7].Value = station;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

}
