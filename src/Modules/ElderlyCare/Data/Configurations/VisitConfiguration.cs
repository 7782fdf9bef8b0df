using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Data.Configurations;

internal sealed class TierRuleConfiguration : IEntityTypeConfiguration<TierRule>
{
    public void Configure(EntityTypeBuilder<TierRule> builder)
    {
        builder.ToTable("TierRules");
        builder.Property(r => r.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.AnyOfTags).HasMaxLength(300);
        builder.Property(r => r.DescriptionZh).HasMaxLength(200);
    }
}

internal sealed class TierCadenceConfiguration : IEntityTypeConfiguration<TierCadence>
{
    public void Configure(EntityTypeBuilder<TierCadence> builder)
    {
        builder.ToTable("TierCadences");
        builder.Property(c => c.Tier).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => c.Tier).IsUnique();
    }
}

internal sealed class VisitPlanConfiguration : IEntityTypeConfiguration<VisitPlan>
{
    public void Configure(EntityTypeBuilder<VisitPlan> builder)
    {
        builder.ToTable("VisitPlans");
        builder.Property(p => p.Tier).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => p.ElderProfileId).IsUnique();
        // The sweep selects plans due up to a day: keep that a range scan.
        builder.HasIndex(p => p.NextDueDate);
        builder.HasIndex(p => new { p.StationId, p.NextDueDate });
    }
}

internal sealed class VisitRecordConfiguration : IEntityTypeConfiguration<VisitRecord>
{
    public void Configure(EntityTypeBuilder<VisitRecord> builder)
    {
        builder.ToTable("VisitRecords");
        builder.Property(v => v.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.VisitorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Living).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Health).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Safety).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Mental).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.VisitorName).HasMaxLength(50);
        builder.Property(v => v.Findings).HasMaxLength(2000);
        builder.Property(v => v.NeedsFound).HasMaxLength(1000);
        builder.Property(v => v.Referral).HasMaxLength(500);
        builder.Property(v => v.NextSteps).HasMaxLength(1000);
        builder.HasIndex(v => new { v.ElderProfileId, v.VisitDate });
        builder.HasIndex(v => new { v.StationId, v.VisitDate });
    }
}

internal sealed class MajorEventConfiguration : IEntityTypeConfiguration<MajorEvent>
{
    public void Configure(EntityTypeBuilder<MajorEvent> builder)
    {
        builder.ToTable("MajorEvents");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasIndex(e => new { e.StationId, e.OccurredOn });
    }
}

internal sealed class VisitReminderConfiguration : IEntityTypeConfiguration<VisitReminder>
{
    public void Configure(EntityTypeBuilder<VisitReminder> builder)
    {
        builder.ToTable("VisitReminders");
        // The sweep's idempotency: one reminder per plan and due date, whoever sweeps and however often.
        builder.HasIndex(r => new { r.PlanId, r.DueDate }).IsUnique();
        builder.HasIndex(r => new { r.AssignedWorkerId, r.ResolvedAt });
        builder.HasIndex(r => new { r.StationId, r.ResolvedAt, r.DueDate });
    }
}

internal sealed class SweepWatermarkConfiguration : IEntityTypeConfiguration<SweepWatermark>
{
    public void Configure(EntityTypeBuilder<SweepWatermark> builder)
    {
        builder.ToTable("SweepWatermarks");
        builder.HasKey(w => w.JobId);
        builder.Property(w => w.JobId).HasMaxLength(100);
    }
}
