using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.AntiFraud.Data;
using ModularSocialWork.Modules.Brands.AntiFraud.Domain;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Features.Activities;

/// <summary>
/// Records a talk or home session with its attendees from the residents ledger; every attendee who reported a
/// suspicious call or transfer request gets a follow-up visit, due <see cref="FollowUpDays"/> days later.
/// </summary>
internal static class RecordActivity
{
    public const int FollowUpDays = 3;

    public sealed record Attendee(Guid ResidentId, bool ReportedSuspicious = false, string? Note = null);

    [RequiresPermission(AntiFraudPermissions.Write)]
    public sealed record Command(
        Guid StationId,
        ActivityKind Kind,
        string Title,
        DateOnly Date,
        string? Location,
        FraudTypes FraudTypes,
        string? Materials,
        int MaterialsCount,
        IReadOnlyList<Attendee> Attendees) : IRequest<Guid>, IAuditedCommand
    {
        public string AuditAction => "AntiFraudBrand.Activity.Record";
        public string AuditEntityType => "AntiFraudActivity";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            RuleFor(c => c.StationId).NotEmpty().WithMessage("请选择站点。");
            RuleFor(c => c.Kind).IsNamedMember().WithMessage("活动形式无效。");
            RuleFor(c => c.Title).NotEmpty().WithMessage("请填写活动主题。").MaximumLength(200).WithMessage("活动主题最多 200 字。");
            RuleFor(c => c.Date).Must(d => d <= calendar.Today).WithMessage("活动日期不能晚于今天。")
                .Must(d => d >= calendar.Today.AddYears(-1)).WithMessage("活动日期不能早于一年前（请检查日期）。");
            RuleFor(c => c.Location).MaximumLength(200).WithMessage("地点最多 200 字。");
            RuleFor(c => c.FraudTypes).NotEqual(FraudTypes.None).WithMessage("请至少选择一种宣传的诈骗类型。")
                .Must(t => (t & ~AllTypes) == 0).WithMessage("诈骗类型无效。");
            RuleFor(c => c.Materials).MaximumLength(500).WithMessage("发放材料最多 500 字。");
            RuleFor(c => c.MaterialsCount).InclusiveBetween(0, 100000).WithMessage("发放份数应在 0 到 100000 之间。");
            RuleFor(c => c.Attendees).NotNull().NotEmpty().WithMessage("请至少登记一名参加的居民。");
            RuleFor(c => c.Attendees).Must(a => a is null || a.All(x => x is not null)).WithMessage("参加居民不能为空。");
            RuleFor(c => c.Attendees).Must(a => a is null || a.Where(x => x is not null).Select(x => x.ResidentId).Distinct().Count() == a.Count(x => x is not null))
                .WithMessage("同一居民不能重复登记。");
            RuleForEach(c => c.Attendees).Where(a => a is not null).ChildRules(a =>
            {
                a.RuleFor(x => x.ResidentId).NotEmpty().WithMessage("请选择居民。");
                a.RuleFor(x => x.Note).MaximumLength(500).WithMessage("备注最多 500 字。");
            });
        }

        private static readonly FraudTypes AllTypes = FraudTypeNames.All.Aggregate(FraudTypes.None, (all, t) => all | t.Type);
    }

    internal sealed class Handler(AntiFraudDbContext db, IResidentDirectory residents, IStationDirectory stations) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            // The station must exist, and attendees must live at it or below it (a county admin's scope checks neither).
            var all = await stations.GetStationsAsync(cancellationToken);
            if (all.All(s => s.Id != request.StationId)) throw new BusinessRuleException("找不到该站点。", nameof(Command.StationId));
            var covered = new HashSet<Guid> { request.StationId };
            for (var added = true; added;)
                added = all.Where(s => s.ParentId is { } parent && covered.Contains(parent)).Aggregate(false, (any, s) => covered.Add(s.Id) || any);

            var activity = new Activity
            {
                StationId = request.StationId,
                Kind = request.Kind,
                Title = request.Title.Trim(),
                Date = request.Date,
                Location = request.Location?.Trim(),
                FraudTypes = request.FraudTypes,
                Materials = request.Materials?.Trim(),
                MaterialsCount = request.MaterialsCount,
            };

            foreach (var attendee in request.Attendees)
            {
                // The ledger applies the caller's station scope: someone the caller may not see is "not found".
                var resident = await residents.FindAsync(attendee.ResidentId, cancellationToken)
                    ?? throw new BusinessRuleException("找不到该居民，或该居民不在您的站点范围内。", nameof(Command.Attendees));
                if (!covered.Contains(resident.StationId))
                    throw new BusinessRuleException($"居民{resident.Name}不属于该站点，请在其所在站点登记。", nameof(Command.Attendees));
                activity.Attendees.Add(new Attendance
                {
                    ActivityId = activity.Id,
                    ResidentId = resident.Id,
                    StationId = activity.StationId,
                    Date = activity.Date,
                    ResidentName = resident.Name,
                    ReportedSuspicious = attendee.ReportedSuspicious,
                    Note = attendee.Note?.Trim(),
                });

                if (attendee.ReportedSuspicious)
                {
                    db.FollowUps.Add(new FollowUp
                    {
                        StationId = activity.StationId,
                        ResidentId = resident.Id,
                        ResidentName = resident.Name,
                        ActivityId = activity.Id,
                        DueDate = activity.Date.AddDays(FollowUpDays),
                        Reason = string.IsNullOrWhiteSpace(attendee.Note) ? "反映接到可疑电话或转账要求" : attendee.Note.Trim(),
                    });
                }
            }

            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            return activity.Id;
        }
    }
}
