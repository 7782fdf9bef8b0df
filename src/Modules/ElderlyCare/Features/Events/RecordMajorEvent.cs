using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Events;

/// <summary>
/// A major event asks for a visit within 24 h: the plan's urgent date becomes the day after it happened. Per elder
/// (hospitalised, bereaved, other) or per station (extreme weather: every plan of the station subtree in scope).
/// </summary>
internal static class RecordMajorEvent
{
    [RequiresPermission(ElderlyCarePermissions.EldersWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        /// <summary>Set for an elder's event; null with <see cref="StationId"/> for extreme weather.</summary>
        public Guid? ElderProfileId { get; init; }
        public Guid? StationId { get; init; }
        public MajorEventKind Kind { get; init; }
        public DateOnly? OccurredOn { get; init; }
        public string? Note { get; init; }

        public string AuditAction => "ElderlyCare.Events.Record";
        public string AuditEntityType => "MajorEvent";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
            RuleFor(c => c.Kind).IsNamedMember().WithMessage("事件类型无效。");
            RuleFor(c => c.Kind).NotEqual(MajorEventKind.ExtremeWeather).When(c => c.ElderProfileId is not null)
                .WithMessage("极端天气预警请按站点登记。");
            RuleFor(c => c.Kind).Equal(MajorEventKind.ExtremeWeather).When(c => c.ElderProfileId is null)
                .WithMessage("按站点只能登记极端天气预警。");
            RuleFor(c => c.OccurredOn).Must(d => d is null || (d <= calendar.Today && d >= calendar.Today.AddYears(-1)))
                .WithMessage("事件日期不能晚于今天，也不能早于一年前。");
            RuleFor(c => c.Note).MaximumLength(500).WithMessage("说明不能超过 500 个字符。");
        }
    }

    internal sealed class Handler(
        ElderlyCareDbContext db, CountyCalendar calendar, IEnumerable<IStationScope> scopes, IEnumerable<IStationDirectory> stationDirectories)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var occurred = request.OccurredOn ?? today;
            var urgent = occurred.AddDays(1);
            var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);

            MajorEvent recorded;
            // Only for a station-wide alert; on an exception the scoped context disposes (rolls back) it.
            Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction = null;
            if (request.ElderProfileId is { } elderId)
            {
                var profile = await db.Elders.FirstOrDefaultAsync(e => e.Id == elderId, cancellationToken) ?? throw new NotFoundException("找不到该老人档案。");
                recorded = new MajorEvent { StationId = profile.StationId, ElderProfileId = profile.Id, Kind = request.Kind, OccurredOn = occurred, Note = Clean(request.Note) };
                var plan = policy.Apply(db, profile, await db.VisitPlans.FirstOrDefaultAsync(p => p.ElderProfileId == profile.Id, cancellationToken), today);
                Urge(plan, urgent);
                policy.Replan(plan, profile.RiskTier, today);
            }
            else
            {
                var stationId = request.StationId ?? throw new BusinessRuleException("请选择站点。", nameof(Command.StationId));
                var scope = scopes.FirstOrDefault() ?? UnrestrictedStationScope.Instance;
                if (!scope.CanSee(stationId)) throw new NotFoundException("找不到该站点。");
                recorded = new MajorEvent { StationId = stationId, Kind = request.Kind, OccurredOn = occurred, Note = Clean(request.Note) };

                // A weather alert for a town covers its village sub-stations too. All batches and the event commit
                // together: an alert is never half-applied.
                var covered = await CoveredStationsAsync(stationId, cancellationToken);
                transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                Guid? after = null;
                while (true)
                {
                    var query = db.VisitPlans.Where(p => covered.Contains(p.StationId));
                    if (after is { } last) query = query.Where(p => p.Id.CompareTo(last) > 0);
                    var batch = await query.OrderBy(p => p.Id).Take(500).ToListAsync(cancellationToken);
                    if (batch.Count == 0) break;
                    foreach (var plan in batch)
                    {
                        Urge(plan, urgent);
                        policy.Replan(plan, plan.Tier, today);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                    after = batch[^1].Id;
                }
            }

            db.MajorEvents.Add(recorded);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }

            return recorded.Id;
        }

        /// <summary>The station and every station below it (town → villages); only the station itself without a directory.</summary>
        private async Task<List<Guid>> CoveredStationsAsync(Guid stationId, CancellationToken cancellationToken)
        {
            var covered = new List<Guid> { stationId };
            if (stationDirectories.FirstOrDefault() is not { } directory) return covered;
            var stations = await directory.GetStationsAsync(cancellationToken);
            for (var i = 0; i < covered.Count; i++)
                covered.AddRange(stations.Where(s => s.ParentId == covered[i]).Select(s => s.Id));
            return covered;
        }

        /// <summary>The earliest urgent date wins; an event already answered by a later visit asks for nothing.</summary>
        private static void Urge(VisitPlan plan, DateOnly urgent)
        {
            if (plan.LastVisitDate is { } last && last >= urgent) return;
            if (plan.UrgentDueDate is not { } current || urgent < current) plan.UrgentDueDate = urgent;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
