using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Modules.Platform.PersonalData;

namespace ModularSocialWork.UnitTests.Residents;

public sealed class PersonalDataKeySourceTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("msw-key-").FullName;

    [Fact]
    public void Sqlite_without_a_configured_key_generates_one_file_and_reuses_it()
    {
        var database = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = directory };
        var first = PersonalDataKeySource.Load(Config(), database);
        var second = PersonalDataKeySource.Load(Config(), database);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        var file = Path.Combine(directory, "keys", "personal-data.key");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void A_configured_key_wins()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var loaded = PersonalDataKeySource.Load(Config(Convert.ToBase64String(key)), new DatabaseSettings { DataDirectory = directory });
        Assert.Equal(key, loaded);
        Assert.False(Directory.Exists(Path.Combine(directory, "keys")));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql, null, "required")]
    [InlineData(DatabaseProvider.SqlServer, null, "required")]
    [InlineData(DatabaseProvider.Sqlite, "not base64!", "base64")]
    [InlineData(DatabaseProvider.Sqlite, "AAECAwQFBgcICQoLDA0ODw==", "32 bytes")]
    public void A_missing_or_invalid_key_stops_start_up_with_a_clear_message(DatabaseProvider provider, string? key, string expected)
    {
        var ex = Assert.Throws<StartupConfigurationException>(() =>
            PersonalDataKeySource.Load(Config(key), new DatabaseSettings { Provider = provider, DataDirectory = directory }));
        Assert.Contains("Security:PersonalDataKey", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    private static IConfiguration Config(string? key = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:PersonalDataKey"] = key }).Build();

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
