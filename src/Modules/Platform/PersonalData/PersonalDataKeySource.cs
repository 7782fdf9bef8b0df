using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Modules.Platform.PersonalData;

/// <summary>
/// Finds the personal-data master key: <c>Security:PersonalDataKey</c> (base64, 32 bytes), which every host of a shared
/// SQL Server/PostgreSQL deployment must be given. The embedded SQLite default, with no key configured, generates one
/// once into <c>&lt;DataDirectory&gt;/keys/personal-data.key</c> — next to, never inside, the database files.
/// </summary>
internal static class PersonalDataKeySource
{
    public const string ConfigurationKey = "Security:PersonalDataKey";

    public static byte[] Load(IConfiguration configuration, DatabaseSettings database)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured)) return Decode(configured.Trim(), ConfigurationKey);

        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new StartupConfigurationException(
                $"{ConfigurationKey} is required with Database:Provider={database.Provider}: set it to the same base64 " +
                "32-byte key on every host (e.g. the output of `openssl rand -base64 32`). Without it ID and phone " +
                "numbers cannot be encrypted or looked up.");
        }

        return LoadOrCreateFile(Path.Combine(database.DataDirectory, "keys", "personal-data.key"));
    }

    private static byte[] LoadOrCreateFile(string path)
    {
        if (File.Exists(path)) return Decode(File.ReadAllText(path).Trim(), path);

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs, so both encrypt with one key.
            return Decode(File.ReadAllText(path).Trim(), path);
        }

        return key;
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new StartupConfigurationException($"{source} is not valid base64; it must hold a base64 32-byte key.");
        }

        if (key.Length != 32)
        {
            throw new StartupConfigurationException($"{source} holds {key.Length} bytes; the personal-data key must be 32 bytes (base64).");
        }

        return key;
    }
}
