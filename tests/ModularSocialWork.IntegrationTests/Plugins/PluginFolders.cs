using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ModularSocialWork.IntegrationTests.Plugins;

/// <summary>Throw-away plugin folders for the loader tests, made from the real build outputs copied next to the tests.</summary>
internal static class PluginFolders
{
    public static string SampleBrand => Path.Combine(AppContext.BaseDirectory, "plugins", "AntiFraudBrand");

    /// <summary>The loader fixture: a module with a private dependency (PluginFixtures.PrivateLib.dll).</summary>
    public static string Fixture => Path.Combine(AppContext.BaseDirectory, "plugin-fixtures", "PluginFixture");

    /// <summary>A new empty plugins folder.</summary>
    public static string NewRoot() => Directory.CreateTempSubdirectory("msw-plugins-").FullName;

    /// <summary>Copies <paramref name="source"/> to <c>&lt;root&gt;/&lt;folderName&gt;</c>, leaving out files named in <paramref name="except"/>.</summary>
    public static string Copy(string source, string root, string folderName, params string[] except)
    {
        var target = Path.Combine(root, folderName);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (except.Contains(Path.GetFileName(file), StringComparer.OrdinalIgnoreCase)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        return target;
    }

    /// <summary>
    /// Rewrites the version of one assembly reference in a compiled assembly, in place: what a plugin built against
    /// another BuildingBlocks looks like to the loader, without keeping a second BuildingBlocks around.
    /// </summary>
    public static void SetReferencedVersion(string assemblyPath, string referenceName, ushort major)
    {
        var bytes = File.ReadAllBytes(assemblyPath);
        int offset;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var reader = pe.GetMetadataReader();
            var handle = reader.AssemblyReferences.Single(h => reader.GetString(reader.GetAssemblyReference(h).Name) == referenceName);
            var row = MetadataTokens.GetRowNumber(handle);
            // AssemblyRef row: MajorVersion (u16) comes first.
            offset = pe.PEHeaders.MetadataStartOffset + reader.GetTableMetadataOffset(TableIndex.AssemblyRef)
                     + (row - 1) * reader.GetTableRowSize(TableIndex.AssemblyRef);
        }

        BitConverter.TryWriteBytes(bytes.AsSpan(offset, 2), major);
        File.WriteAllBytes(assemblyPath, bytes);
    }
}
