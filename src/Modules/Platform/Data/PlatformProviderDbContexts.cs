using Microsoft.EntityFrameworkCore;

namespace ModularSocialWork.Modules.Platform.Data;

// One subclass per provider: each sees only its own migrations and model snapshot (STACK.md, "EF Core").
internal sealed class PlatformSqliteDbContext(DbContextOptions<PlatformSqliteDbContext> options) : PlatformDbContext(options);

internal sealed class PlatformSqlServerDbContext(DbContextOptions<PlatformSqlServerDbContext> options) : PlatformDbContext(options);

internal sealed class PlatformPostgresDbContext(DbContextOptions<PlatformPostgresDbContext> options) : PlatformDbContext(options);
