using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Cases;

/// <summary>受理: opens a case on a child (one open case per child at a time: 409 while another is not closed).</summary>
internal static class OpenCase
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid ChildProfileId { get; init; }
        public string? IntakeReason { get; init; }
        public LegalBasis LegalBasis { get; init; }
        public Guid? AssignedWorkerId { get; init; }

        public string AuditAction => "ChildProtection.Cases.Open";
        public string AuditEntityType => "ChildCase";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.IntakeReason).Must(r => r is not null && r.Trim().Length >= 2).WithMessage("请填写受理原因（至少 2 个字）。");
            RuleFor(c => c.IntakeReason).MaximumLength(ChildCase.TextMaxLength).WithMessage("受理原因不能超过 2000 个字符。");
            RuleFor(c => c.LegalBasis).IsNamedMember().WithMessage("处理依据无效。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff, IStaffDirectory staffDirectory)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var child = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ChildProfileId, cancellationToken)
                ?? throw new NotFoundException("找不到该儿童档案。");
            if (await db.Cases.AnyAsync(c => c.ChildProfileId == child.Id && c.Status != CaseStatus.Closed, cancellationToken))
                throw new ConflictException("该儿童已有未结案的个案，请在原个案中继续服务。");
            await staffDirectory.EnsureAssignableAsync(child.StationId, request.AssignedWorkerId, cancellationToken);

            var childCase = new ChildCase
            {
                ChildProfileId = child.Id,
                StationId = child.StationId,
                IntakeDate = calendar.Today,
                IntakeReason = request.IntakeReason!.Trim(),
                LegalBasis = request.LegalBasis,
                AssignedWorkerId = request.AssignedWorkerId ?? child.AssignedWorkerId ?? await staffDirectory.CallerIfAssignableAsync(staff, child.StationId, cancellationToken),
            };
            db.Cases.Add(childCase);
            await db.SaveChangesAsync(cancellationToken);
            return childCase.Id;
        }
    }
}
