using CsCheck;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using NSubstitute;

namespace ModularSocialWork.UnitTests.Mediation;

/// <summary>
/// Which save carries an audited command's success row (<see cref="PendingCommandAudit"/>), and when the audit behaviour
/// still appends the row itself: exactly one row per command either way.
/// </summary>
public sealed class PendingCommandAuditTests
{
    [Fact]
    public void A_save_carries_the_row_only_when_exactly_one_entity_of_the_audited_type_is_added_and_only_once()
    {
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3]).Sample((audited, others) =>
        {
            using var db = new TrackingOnlyContext();
            var added = Enumerable.Range(0, audited).Select(_ => new Visit { Id = Guid.NewGuid() }).ToList();
            db.AddRange(added);
            db.AddRange(Enumerable.Range(0, others).Select(_ => new Note { Id = Guid.NewGuid() }));
            var pending = new PendingCommandAudit();
            Assert.True(pending.TryBegin(DescribingLog(), Success(), nameof(Visit)));

            var now = DateTimeOffset.UtcNow;
            var row = pending.TakeFor(db, now);
            if (audited != 1)
            {
                Assert.Null(row); // none or several: cannot tell which one the command reports
                return;
            }

            Assert.NotNull(row);
            Assert.Equal(added[0].Id.ToString(), row.EntityId);
            Assert.Equal(now, row.At);
            Assert.NotEqual(Guid.Empty, row.Id);
            pending.Committed(row);
            Assert.Null(pending.TakeFor(db, now)); // a later save of the same command does not carry it again
            Assert.Same(row, pending.End());
        });
    }

    [Fact]
    public void A_row_that_names_its_entity_goes_with_any_save_and_a_second_command_in_the_scope_is_appended_directly()
    {
        using var db = new TrackingOnlyContext();
        var pending = new PendingCommandAudit();
        Assert.True(pending.TryBegin(DescribingLog(), Success(entityId: "42"), addedEntityType: null));
        Assert.False(pending.TryBegin(DescribingLog(), Success(), addedEntityType: null)); // nested command: direct append

        var row = pending.TakeFor(db, DateTimeOffset.UtcNow);
        Assert.Equal("42", row?.EntityId);
        Assert.Null(pending.End()); // taken but never committed (the save failed): nothing was saved
        Assert.True(pending.TryBegin(DescribingLog(), Success(), addedEntityType: null)); // the scope's next command may wait again
    }

    [Fact]
    public async Task The_behaviour_appends_the_success_row_itself_only_when_no_save_carried_it()
    {
        foreach (var saveCarriesRow in new[] { true, false })
        {
            var log = DescribingLog();
            var pending = new PendingCommandAudit();
            var behaviour = new AuditBehavior<CreateVisit, Guid>([log], pending);
            using var db = new TrackingOnlyContext();
            var visit = new Visit { Id = Guid.NewGuid() };

            var result = await behaviour.Handle(new CreateVisit(), CancellationToken.None, () =>
            {
                db.Add(visit);
                if (saveCarriesRow && pending.TakeFor(db, DateTimeOffset.UtcNow) is { } row) pending.Committed(row);
                return Task.FromResult(visit.Id);
            });

            Assert.Equal(visit.Id, result);
            await log.Received(saveCarriesRow ? 0 : 1).WriteAsync(
                Arg.Is<AuditRecord>(r => r.Outcome == AuditOutcome.Success && r.EntityId == visit.Id.ToString()), Arg.Any<CancellationToken>());
        }
    }

    [Fact]
    public async Task A_failed_command_is_recorded_as_failure_and_leaves_the_scope_free_for_the_next()
    {
        var log = DescribingLog();
        var pending = new PendingCommandAudit();
        var behaviour = new AuditBehavior<CreateVisit, Guid>([log], pending);

        await Assert.ThrowsAsync<ConflictException>(() =>
            behaviour.Handle(new CreateVisit(), CancellationToken.None, () => throw new ConflictException("已被他人修改")));

        await log.Received(1).WriteAsync(Arg.Is<AuditRecord>(r => r.Outcome == AuditOutcome.Failure), Arg.Any<CancellationToken>());
        Assert.True(pending.TryBegin(log, Success(), addedEntityType: null));
    }

    [Fact]
    public void A_log_that_takes_no_outbox_rows_leaves_every_row_to_the_behaviour()
    {
        using var db = new TrackingOnlyContext();
        db.Add(new Visit { Id = Guid.NewGuid() });
        var pending = new PendingCommandAudit();
        Assert.True(pending.TryBegin(Substitute.For<IAuditLog>(), Success(), nameof(Visit)));
        Assert.Null(pending.TakeFor(db, DateTimeOffset.UtcNow));
    }

    private static AuditRecord Success(string? entityId = null) => new("Test.Visit.Create", nameof(Visit), entityId);

    /// <summary>An audit log that describes rows for outboxes as the Platform's does (who and where left out).</summary>
    private static IAuditLog DescribingLog()
    {
        var log = Substitute.For<IAuditLog>();
        log.DescribeForOutbox(Arg.Any<AuditRecord>()).Returns(call =>
        {
            var record = call.Arg<AuditRecord>();
            return new AuditOutboxMessage
            {
                UserName = "tester", Action = record.Action, EntityType = record.EntityType, EntityId = record.EntityId, Outcome = record.Outcome,
            };
        });
        return log;
    }

    public sealed record CreateVisit : IRequest<Guid>, IAuditedCommand
    {
        public string AuditAction => "Test.Visit.Create";
        public string AuditEntityType => nameof(Visit);
    }

    public sealed class Visit
    {
        public Guid Id { get; set; }
    }

    public sealed class Note
    {
        public Guid Id { get; set; }
    }

    /// <summary>Tracks entities only (nothing is ever saved or opened).</summary>
    private sealed class TrackingOnlyContext() : DbContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Visit>();
            modelBuilder.Entity<Note>();
        }
    }
}
