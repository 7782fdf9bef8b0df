using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.BrandTemplate;
using ModularSocialWork.Modules.Brands.BrandTemplate.Data;
using ModularSocialWork.Modules.Brands.BrandTemplate.Features.Services;

namespace ModularSocialWork.Modules.Brands.BrandTemplate.Tests;

public sealed class BrandTemplateTests
{
    private static readonly CountyCalendar Calendar = new(TimeProvider.System, TimeZoneInfo.Utc);

    [Fact]
    public void Manifest_declares_a_brand_service_that_depends_on_the_platform()
    {
        var manifest = new BrandTemplateModule().Manifest;
        Assert.True(manifest.IsBrandService);
        Assert.Equal("BrandTemplate", manifest.Id);
        Assert.Contains("Platform", manifest.DependsOn);
        Assert.Equal("/api/brand-template", manifest.ApiPrefix);
    }

    [Fact]
    public void Validator_accepts_a_service_of_today()
    {
        var result = new RecordService.Validator(Calendar).Validate(
            new RecordService.Command(Guid.NewGuid(), Calendar.Today, "活动", 12));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Validator_refuses_an_empty_title_a_future_date_and_nobody_served()
    {
        var result = new RecordService.Validator(Calendar).Validate(
            new RecordService.Command(Guid.NewGuid(), Calendar.Today.AddDays(1), "", 0));
        Assert.Equal(
            ["Date", "PeopleServed", "Title"],
            result.Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Handler_saves_the_service()
    {
        var directory = Directory.CreateTempSubdirectory("brand-template-").FullName;
        var options = new DbContextOptionsBuilder<BrandTemplateSqliteDbContext>();
        ModuleDbContextOptions.Configure(options, new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = directory },
            BrandTemplateModule.SchemaName);
        await using (var db = new BrandTemplateSqliteDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
            var station = Guid.NewGuid();
            var id = await new RecordService.Handler(db).Handle(new RecordService.Command(station, Calendar.Today, " 活动 ", 3), CancellationToken.None);
            var saved = await db.Services.AsNoTracking().SingleAsync(s => s.Id == id);
            Assert.Equal(("活动", 3, station), (saved.Title, saved.PeopleServed, saved.StationId));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    public static TheoryData<string> Providers => ["Sqlite", "SqlServer", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_match_the_model(string provider)
    {
        var factory = new BrandTemplateDesignTimeDbContextFactory();
        using DbContext db = provider switch
        {
            "Sqlite" => ((IDesignTimeDbContextFactory<BrandTemplateSqliteDbContext>)factory).CreateDbContext([]),
            "SqlServer" => ((IDesignTimeDbContextFactory<BrandTemplateSqlServerDbContext>)factory).CreateDbContext([]),
            _ => ((IDesignTimeDbContextFactory<BrandTemplatePostgresDbContext>)factory).CreateDbContext([]),
        };
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes no migration holds; add one with dotnet ef.");
    }
}
