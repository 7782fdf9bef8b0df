using MediatR;
using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>Runs <see cref="AuditChainVerifier"/> for the viewer's "校验日志完整性" button and the API.</summary>
internal static class VerifyAuditChain
{
    [RequiresPermission(PlatformPermissions.AuditRead)]
    public sealed record Query : IRequest<AuditVerification>;

    internal sealed class Handler(AuditChainVerifier verifier) : IRequestHandler<Query, AuditVerification>
    {
        public Task<AuditVerification> Handle(Query request, CancellationToken cancellationToken) => verifier.VerifyAsync(cancellationToken);
    }
}
