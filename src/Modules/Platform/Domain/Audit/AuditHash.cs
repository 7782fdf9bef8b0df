using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ModularSocialWork.Modules.Platform.Domain.Audit;

/// <summary>
/// The canonical form of an audit row and its SHA-256. Version 1 of the form is, byte for byte:
/// <list type="number">
/// <item>the ASCII tag <c>MSW-AUDIT-1</c> (so a hash of this form is never mistaken for another);</item>
/// <item><c>Sequence</c> as a signed 64-bit big-endian integer;</item>
/// <item><c>At</c> as UTC ticks (100 ns since 0001-01-01 UTC), signed 64-bit big-endian;</item>
/// <item>then, in this order, <c>UserName, Role, StationId, Action, EntityType, EntityId, Outcome, Detail, ClientIp,
/// RequestId, PreviousHash</c>, each as one presence byte (0 = null, nothing follows; 1 = a value follows) and the value:
/// a string as its UTF-8 length (unsigned 32-bit big-endian) followed by its UTF-8 bytes; the station id as its 16 bytes
/// in big-endian (RFC 9562) order; the outcome as the string of its enum name (<c>Success</c>, <c>Failure</c>,
/// <c>Denied</c>), so renumbering the enum cannot change old hashes.</item>
/// </list>
/// Length prefixes and presence bytes make the form unambiguous: no two different rows serialise to the same bytes
/// (e.g. null vs empty string, or "ab"+"c" vs "a"+"bc"). The hash is written as 64 lower-case hex digits.
/// </summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the very first row.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] Tag = "MSW-AUDIT-1"u8.ToArray();

    public static string Compute(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry)));

    public static byte[] Canonical(AuditEntry e)
    {
        var buffer = new MemoryStream(256);
        buffer.Write(Tag);
        WriteInt64(buffer, e.Sequence);
        WriteInt64(buffer, e.At.UtcTicks);
        WriteString(buffer, e.UserName);
        WriteString(buffer, e.Role);
        WriteGuid(buffer, e.StationId);
        WriteString(buffer, e.Action);
        WriteString(buffer, e.EntityType);
        WriteString(buffer, e.EntityId);
        WriteString(buffer, e.Outcome.ToString());
        WriteString(buffer, e.Detail);
        WriteString(buffer, e.ClientIp);
        WriteString(buffer, e.RequestId);
        WriteString(buffer, e.PreviousHash);
        return buffer.ToArray();
    }

    /// <summary>Timestamps go into the hash at a precision every provider keeps (SQLite's encoding keeps 0.1 ms).</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.UtcTicks - utc.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    private static void WriteInt64(Stream s, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        s.Write(bytes);
    }

    private static void WriteString(Stream s, string? value)
    {
        if (value is null)
        {
            s.WriteByte(0);
            return;
        }

        s.WriteByte(1);
        var utf8 = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)utf8.Length);
        s.Write(length);
        s.Write(utf8);
    }

    private static void WriteGuid(Stream s, Guid? value)
    {
        if (value is not { } guid)
        {
            s.WriteByte(0);
            return;
        }

        s.WriteByte(1);
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        s.Write(bytes);
    }
}
