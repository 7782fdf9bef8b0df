using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Data.Configurations;

internal sealed class ChildProfileConfiguration : IEntityTypeConfiguration<ChildProfile>
{
    public void Configure(EntityTypeBuilder<ChildProfile> builder)
    {
        builder.ToTable("ChildProfiles");
        // Enums stored by name so reordering an enum can never silently change what a stored row means.
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RiskLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.GuardianshipStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.LegalBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(ChildProfile.NameMaxLength);
        builder.Property(c => c.School).HasMaxLength(100);
        builder.Property(c => c.Grade).HasMaxLength(20);
        builder.Property(c => c.HealthNotes).HasMaxLength(ChildProfile.TextMaxLength);
        builder.Property(c => c.DisabilityNotes).HasMaxLength(ChildProfile.TextMaxLength);
        builder.Property(c => c.ConsentGuardianName).HasMaxLength(50);
        builder.Property(c => c.Notes).HasMaxLength(ChildProfile.TextMaxLength);
        // One child-protection profile per resident; lists are always filtered by station.
        builder.HasIndex(c => c.ResidentId).IsUnique();
        builder.HasIndex(c => new { c.StationId, c.Name });
        builder.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.ChildProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChildContactConfiguration : IEntityTypeConfiguration<ChildContact>
{
    public void Configure(EntityTypeBuilder<ChildContact> builder)
    {
        builder.ToTable("ChildContacts");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.Relationship).HasMaxLength(20);
        builder.Property(c => c.Whereabouts).HasMaxLength(200);
        builder.Property(c => c.PhoneCipher).HasMaxLength(200);
        builder.Property(c => c.PhoneMasked).HasMaxLength(20);
    }
}

internal sealed class ChildCaseConfiguration : IEntityTypeConfiguration<ChildCase>
{
    public void Configure(EntityTypeBuilder<ChildCase> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.LegalBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.AssessedRiskLevel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.IntakeReason).HasMaxLength(ChildCase.TextMaxLength);
        builder.Property(c => c.AssessmentAnswers).HasMaxLength(100);
        builder.Property(c => c.AssessmentNotes).HasMaxLength(ChildCase.TextMaxLength);
        builder.Property(c => c.PlanGoals).HasMaxLength(ChildCase.TextMaxLength);
        builder.Property(c => c.PlanActions).HasMaxLength(ChildCase.TextMaxLength);
        builder.Property(c => c.ClosureReason).HasMaxLength(ChildCase.TextMaxLength);
        builder.HasIndex(c => c.ChildProfileId);
        builder.HasIndex(c => new { c.StationId, c.Status });
    }
}

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransition>
{
    public void Configure(EntityTypeBuilder<CaseTransition> builder)
    {
        builder.ToTable("CaseTransitions");
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        // Holds the step's text (assessment notes, closure reason…), which the validators allow up to ChildCase.TextMaxLength.
        builder.Property(t => t.Comment).HasMaxLength(ChildCase.TextMaxLength);
        builder.Property(t => t.ByName).HasMaxLength(50);
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}

internal sealed class CaseFollowUpConfiguration : IEntityTypeConfiguration<CaseFollowUp>
{
    public void Configure(EntityTypeBuilder<CaseFollowUp> builder)
    {
        builder.ToTable("FollowUps");
        builder.Property(f => f.Task).HasMaxLength(1000);
        builder.Property(f => f.Result).HasMaxLength(ChildCase.TextMaxLength);
        builder.HasIndex(f => new { f.CaseId, f.DueDate });
        builder.HasIndex(f => new { f.AssignedWorkerId, f.CompletedOn, f.DueDate });
        builder.HasIndex(f => new { f.StationId, f.DueDate });
    }
}

internal sealed class CategoryCadenceConfiguration : IEntityTypeConfiguration<CategoryCadence>
{
    public void Configure(EntityTypeBuilder<CategoryCadence> builder)
    {
        builder.ToTable("CategoryCadences");
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => c.Category).IsUnique();
    }
}

internal sealed class ChildVisitPlanConfiguration : IEntityTypeConfiguration<ChildVisitPlan>
{
    public void Configure(EntityTypeBuilder<ChildVisitPlan> builder)
    {
        builder.ToTable("VisitPlans");
        builder.HasIndex(p => p.ChildProfileId).IsUnique();
        builder.HasIndex(p => p.NextDueDate);
    }
}

internal sealed class ChildVisitRecordConfiguration : IEntityTypeConfiguration<ChildVisitRecord>
{
    public void Configure(EntityTypeBuilder<ChildVisitRecord> builder)
    {
        builder.ToTable("VisitRecords");
        builder.Property(v => v.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.VisitorName).HasMaxLength(50);
        builder.Property(v => v.Findings).HasMaxLength(ChildProfile.TextMaxLength);
        builder.Property(v => v.NeedsFound).HasMaxLength(1000);
        builder.HasIndex(v => new { v.ChildProfileId, v.VisitDate });
        builder.HasIndex(v => new { v.StationId, v.VisitDate });
    }
}

internal sealed class ChildVisitReminderConfiguration : IEntityTypeConfiguration<ChildVisitReminder>
{
    public void Configure(EntityTypeBuilder<ChildVisitReminder> builder)
    {
        builder.ToTable("VisitReminders");
        // The sweep's idempotency: one reminder per plan and due date, whoever sweeps and however often.
        builder.HasIndex(r => new { r.PlanId, r.DueDate }).IsUnique();
        builder.HasIndex(r => new { r.AssignedWorkerId, r.ResolvedAt });
        builder.HasIndex(r => new { r.StationId, r.ResolvedAt, r.DueDate });
    }
}

internal sealed class ChildSweepWatermarkConfiguration : IEntityTypeConfiguration<ChildSweepWatermark>
{
    public void Configure(EntityTypeBuilder<ChildSweepWatermark> builder)
    {
        builder.ToTable("SweepWatermarks");
        builder.HasKey(w => w.JobId);
        builder.Property(w => w.JobId).HasMaxLength(100);
    }
}

internal sealed class ChildReferralConfiguration : IEntityTypeConfiguration<ChildReferral>
{
    public void Configure(EntityTypeBuilder<ChildReferral> builder)
    {
        builder.ToTable("Referrals");
        builder.Property(r => r.Target).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ChildCategory).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.TargetName).HasMaxLength(100);
        builder.Property(r => r.ChildName).HasMaxLength(ChildProfile.NameMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ResponseReason).HasMaxLength(1000);
        builder.Property(r => r.RespondedBy).HasMaxLength(50);
        // Both sides list their referrals: outgoing by the referring station, incoming by the receiving one.
        builder.HasIndex(r => new { r.FromStationId, r.Status });
        builder.HasIndex(r => new { r.ToStationId, r.Status });
        builder.HasIndex(r => r.CaseId);
    }
}
