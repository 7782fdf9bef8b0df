using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// One resident's record, ID and phone masked. Every detail read is audited (sensitive record). Another station's
/// resident is filtered out by the station scope and answers 404 like a missing one.
/// </summary>
internal static class GetResident
{
    [RequiresPermission(PlatformPermissions.ResidentsRead)]
    public sealed record Query(Guid Id) : IRequest<ResidentDetail>;

    public sealed record ResidentDetail(
        Guid Id,
        Guid Version,
        string Name,
        string NameInitials,
        Sex Sex,
        DateOnly? BirthDate,
        bool HasIdNumber,
        string? IdNumberMasked,
        string? PhoneMasked,
        string? Address,
        string? Village,
        Guid StationId,
        string StationName,
        Guid? HouseholdId,
        HouseholdRelationship? RelationshipToHead,
        IReadOnlyList<string> Tags,
        LegalBasis LegalBasis,
        bool MinorSensitive,
        string? Notes,
        IReadOnlyList<Consent> Consents,
        DateTimeOffset CreatedAt,
        string? CreatedBy,
        DateTimeOffset? UpdatedAt,
        string? UpdatedBy);

    public sealed record Consent(string GivenBy, ConsentGiver Relationship, DateOnly GivenAt, string Scope, DateOnly? WithdrawnAt);

    internal sealed class Handler(PlatformDbContext db, IEnumerable<IAuditLog> auditLogs) : IRequestHandler<Query, ResidentDetail>
    {
        public async Task<ResidentDetail> Handle(Query request, CancellationToken cancellationToken)
        {
            var r = await db.Residents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该居民档案。");
            var stationName = await db.Stations.Where(s => s.Id == r.StationId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
            var consents = await db.ResidentConsents.AsNoTracking()
                .Where(c => c.ResidentId == r.Id)
                .OrderBy(c => c.GivenAt)
                .Select(c => new Consent(c.GivenBy, c.Relationship, c.GivenAt, c.Scope, c.WithdrawnAt))
                .ToListAsync(cancellationToken);

            if (auditLogs.FirstOrDefault() is { } audit)
            {
                await audit.WriteAsync(new AuditRecord("Platform.Residents.Read", "Resident", r.Id.ToString()), CancellationToken.None);
            }

            return new ResidentDetail(
                r.Id, r.Version, r.Name, r.NameInitials, r.Sex, r.BirthDate, r.IdNumberIndex is not null, r.IdNumberMasked, r.PhoneMasked,
                r.Address, r.Village, r.StationId, stationName, r.HouseholdId, r.RelationshipToHead, r.Tags, r.LegalBasis,
                r.MinorSensitive, r.Notes, consents, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy);
        }
    }
}
