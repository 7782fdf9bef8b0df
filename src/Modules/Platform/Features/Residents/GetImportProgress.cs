using MediatR;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>How far an import of the current user has got (null when unknown or someone else's).</summary>
internal static class GetImportProgress
{
    [RequiresPermission(PlatformPermissions.ResidentsImport)]
    public sealed record Query(Guid ImportId) : IRequest<Progress?>;

    public sealed record Progress(string Phase, string PhaseText, int Processed, int Total)
    {
        public bool Finished => Phase is ImportPhase.Succeeded or ImportPhase.Rejected or ImportPhase.Failed;
    }

    internal sealed class Handler(ImportProgressRegistry registry, ICurrentStaff staff) : IRequestHandler<Query, Progress?>
    {
        public Task<Progress?> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(registry.Find(request.ImportId, staff.UserName) is { } p
                ? new Progress(p.Phase, ImportPhase.Chinese(p.Phase), p.Processed, p.Total)
                : null);
    }
}
