using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// 409: the ID number is already in the ledger. Carries the existing record's id when the user may see it, so the API
/// answers with <c>existingResidentId</c> and the page opens that record instead of making a duplicate.
/// </summary>
internal sealed class DuplicateResidentException(Guid? existingResidentId)
    : AppException(existingResidentId is null ? OtherStationMessage : Message409)
{
    public const string Message409 = "该身份证号码已登记。";
    public const string OtherStationMessage = "该身份证号码已在其他站点登记，请联系县级管理员。";
    public const string OpenedExistingMessage = "该身份证号码已登记，已为您打开已有档案。";

    public Guid? ExistingResidentId { get; } = existingResidentId;

    public override IReadOnlyDictionary<string, object?> ProblemExtensions { get; } = existingResidentId is { } id
        ? new Dictionary<string, object?> { ["existingResidentId"] = id }
        : new Dictionary<string, object?>();

    public override int StatusCode => 409;
}
