using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// Shows one resident's full ID number: a permission of its own, a stated reason, and an audit row carrying that reason.
/// (The row is written here, not by the audit behaviour, because the behaviour records no detail on success.)
/// </summary>
internal static class RevealResidentId
{
    [RequiresPermission(PlatformPermissions.ResidentsRevealId)]
    public sealed record Command(Guid Id, string? Reason) : IRequest<Result>;

    public sealed record Result(Guid Id, string IdNumber);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("请填写查看完整号码的原因。")
                .Must(r => r!.Trim().Length >= 2).WithMessage("查看原因至少 2 个字。")
                .Must(r => r!.Trim().Length <= 200).WithMessage("查看原因不能超过 200 个字。");
        }
    }

    internal sealed class Handler(PlatformDbContext db, IPersonalDataProtector protector, IEnumerable<IAuditLog> auditLogs)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var cipher = await db.Residents.AsNoTracking()
                .Where(r => r.Id == request.Id)
                .Select(r => new { r.IdNumberCipher })
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("找不到该居民档案。");
            if (cipher.IdNumberCipher is null) throw new BusinessRuleException("该居民未登记身份证号码。");

            var idNumber = protector.Unprotect(cipher.IdNumberCipher);
            if (auditLogs.FirstOrDefault() is { } audit)
            {
                await audit.WriteAsync(
                    new AuditRecord("Platform.Residents.RevealId", "Resident", request.Id.ToString(), Detail: "原因：" + request.Reason!.Trim()),
                    CancellationToken.None);
            }

            return new Result(request.Id, idNumber);
        }
    }
}
