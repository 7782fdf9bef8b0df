using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.BrandTemplate.Data;
using ModularSocialWork.Modules.Brands.BrandTemplate.Domain;

namespace ModularSocialWork.Modules.Brands.BrandTemplate.Features.Services;

/// <summary>Records one service given at a station: the MediatR command, its validator and its handler in one file.</summary>
internal static class RecordService
{
    [RequiresPermission(BrandTemplatePermissions.Write)]
    public sealed record Command(Guid StationId, DateOnly Date, string Title, int PeopleServed) : IRequest<Guid>, IAuditedCommand
    {
        public string AuditAction => "BrandTemplate.Service.Record";
        public string AuditEntityType => "BrandTemplateService";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            RuleFor(c => c.StationId).NotEmpty().WithMessage("请选择站点。");
            RuleFor(c => c.Title).NotEmpty().WithMessage("请填写服务内容。").MaximumLength(200).WithMessage("服务内容最多 200 字。");
            RuleFor(c => c.Date).Must(d => d <= calendar.Today).WithMessage("服务日期不能晚于今天。");
            RuleFor(c => c.PeopleServed).InclusiveBetween(1, 10000).WithMessage("服务人数应在 1 到 10000 之间。");
        }
    }

    internal sealed class Handler(BrandTemplateDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var record = new ServiceRecord
            {
                StationId = request.StationId, Date = request.Date, Title = request.Title.Trim(), PeopleServed = request.PeopleServed,
            };
            db.Services.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return record.Id;
        }
    }
}
