using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Seeding;

/// <summary>Every account needs a home station, so the county root exists before the first account is made.</summary>
internal sealed class CountyRootSeeder(PlatformDbContext db)
{
    public const string RootCode = "county";

    public async Task<Station> EnsureAsync(string countyName, CancellationToken cancellationToken)
    {
        var root = await db.Stations.Where(s => s.Level == StationLevel.County && s.ParentId == null)
            .OrderBy(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (root is not null) return root;

        root = new Station { Name = countyName, Code = RootCode, Level = StationLevel.County, IsActive = true };
        db.Stations.Add(root);
        await db.SaveChangesAsync(cancellationToken);
        return root;
    }
}
