using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ModularSocialWork.BuildingBlocks.Data;

public static class SqliteDetection
{
    /// <summary>
    /// Whether the context runs on SQLite, for paths taken on every request. EF's <c>IsSqlite()</c> compares the provider
    /// name, which it reads from the provider assembly's name by reflection on each call (visible in the record-visit
    /// profile); the connection's type answers the same question for the price of a type check.
    /// </summary>
    public static bool UsesSqlite(this DatabaseFacade database) => database.GetDbConnection() is SqliteConnection;
}
