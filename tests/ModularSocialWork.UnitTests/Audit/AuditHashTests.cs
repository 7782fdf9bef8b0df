using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.UnitTests.Audit;

/// <summary>The canonical form covers every field, unambiguously.</summary>
public sealed class AuditHashTests
{
    private static AuditEntry Sample() => new()
    {
        Sequence = 42,
        At = new DateTimeOffset(2026, 3, 1, 8, 30, 15, 123, TimeSpan.Zero),
        UserName = "admin",
        Role = "CountyAdmin",
        StationId = new Guid("0193c5a1-0000-7000-8000-000000000001"),
        Action = "Platform.Residents.RevealId",
        EntityType = "Resident",
        EntityId = "0193c5a1-0000-7000-8000-000000000002",
        Outcome = AuditOutcome.Success,
        Detail = "核对身份",
        ClientIp = "10.0.0.8",
        RequestId = "0HN1:00000001",
        PreviousHash = new string('a', 64),
        Hash = "",
    };

    public static TheoryData<string> Fields => new()
    {
        "Sequence", "At", "UserName", "Role", "StationId", "Action", "EntityType", "EntityId", "Outcome", "Detail",
        "ClientIp", "RequestId", "PreviousHash",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Changing_any_field_changes_the_hash(string field)
    {
        var original = AuditHash.Compute(Sample());
        var changed = Sample();
        switch (field)
        {
            case "Sequence": changed.Sequence++; break;
            case "At": changed.At = changed.At.AddMilliseconds(1); break;
            case "UserName": changed.UserName += "x"; break;
            case "Role": changed.Role = null; break;
            case "StationId": changed.StationId = Guid.Empty; break;
            case "Action": changed.Action = "Platform.Residents.Read"; break;
            case "EntityType": changed.EntityType = "resident"; break;
            case "EntityId": changed.EntityId += "0"; break;
            case "Outcome": changed.Outcome = AuditOutcome.Denied; break;
            case "Detail": changed.Detail = "核对身份。"; break;
            case "ClientIp": changed.ClientIp = "10.0.0.9"; break;
            case "RequestId": changed.RequestId = null; break;
            case "PreviousHash": changed.PreviousHash = new string('b', 64); break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }

        Assert.NotEqual(original, AuditHash.Compute(changed));
    }

    [Fact]
    public void The_stored_hash_itself_is_not_part_of_the_input_and_the_result_is_stable_hex()
    {
        var a = Sample();
        var b = Sample();
        b.Hash = "anything";
        Assert.Equal(AuditHash.Compute(a), AuditHash.Compute(b));
        Assert.Matches("^[0-9a-f]{64}$", AuditHash.Compute(a));
    }

    [Fact]
    public void Null_and_empty_and_shifted_boundaries_hash_differently()
    {
        var nullDetail = Sample();
        nullDetail.Detail = null;
        var emptyDetail = Sample();
        emptyDetail.Detail = "";
        Assert.NotEqual(AuditHash.Compute(nullDetail), AuditHash.Compute(emptyDetail));

        // "ab" + "c" and "a" + "bc" would collide under plain concatenation.
        var left = Sample();
        left.EntityType = "ab";
        left.EntityId = "c";
        var right = Sample();
        right.EntityType = "a";
        right.EntityId = "bc";
        Assert.NotEqual(AuditHash.Compute(left), AuditHash.Compute(right));
    }

    [Fact]
    public void Timestamps_are_normalised_to_utc_milliseconds_so_every_provider_round_trips_them()
    {
        var local = new DateTimeOffset(2026, 3, 1, 16, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234567);
        var normal = AuditHash.Normalize(local);
        Assert.Equal(TimeSpan.Zero, normal.Offset);
        Assert.Equal(0, normal.UtcTicks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(local.UtcDateTime.AddTicks(-(local.UtcTicks % TimeSpan.TicksPerMillisecond)), normal.UtcDateTime);
    }
}
