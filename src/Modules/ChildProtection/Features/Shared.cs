using ModularSocialWork.BuildingBlocks.Mediation;
using FluentValidation;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features;

internal sealed record IdResponse(Guid Id);

/// <summary>A parent or guardian as entered; the phone is stored encrypted and shown masked.</summary>
internal sealed record ContactInput(ContactKind Kind, string? Name, string? Relationship, string? Whereabouts, string? Phone);

internal sealed record ContactDto(Guid Id, ContactKind Kind, string Name, string? Relationship, string? Whereabouts, string? PhoneMasked);

/// <summary>Field rules and small helpers shared by the child profile commands.</summary>
internal static class ChildRules
{
    public const int MaxContacts = 10;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string? NormalizePhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : new string(phone.Where(ch => char.IsDigit(ch) || ch == '-').ToArray());

    public static bool IsPhone(string? phone) => phone is null || (phone.Count(char.IsDigit) is >= 7 and <= 13 && phone.Length <= 20);

    public static string Mask(string phone)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        return digits.Length <= 4 ? "****" : digits.Length >= 11 ? digits[..3] + "****" + digits[^4..] : "****" + digits[^4..];
    }

    public static void ApplyContactRules<T>(AbstractValidator<T> v, Func<T, IReadOnlyList<ContactInput>?> contacts)
    {
        v.RuleFor(c => contacts(c)).Must(x => x is null || x.Count <= MaxContacts).OverridePropertyName("Contacts")
            .WithMessage($"联系人最多 {MaxContacts} 个。");
        v.RuleForEach(c => contacts(c)).ChildRules(contact =>
        {
            contact.RuleFor(x => x.Kind).IsNamedMember().WithMessage("联系人类型无效。");
            contact.RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("请填写联系人姓名。");
            contact.RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length <= 50).WithMessage("联系人姓名不能超过 50 个字符。");
            contact.RuleFor(x => x.Relationship).Must(n => n is null || n.Trim().Length <= 20).WithMessage("关系不能超过 20 个字符。");
            contact.RuleFor(x => x.Whereabouts).Must(n => n is null || n.Trim().Length <= 200).WithMessage("去向不能超过 200 个字符。");
            contact.RuleFor(x => x.Phone).Must(p => IsPhone(NormalizePhone(p))).WithMessage("请填写正确的电话号码（手机或座机）。");
        }).OverridePropertyName("Contacts");
    }

    public static ChildContact NewContact(Guid profileId, ContactInput input, IPersonalDataProtector protector, ChildContact? kept = null)
    {
        var phone = NormalizePhone(input.Phone);
        return new ChildContact
        {
            ChildProfileId = profileId,
            Kind = input.Kind,
            Name = input.Name!.Trim(),
            Relationship = Clean(input.Relationship),
            Whereabouts = Clean(input.Whereabouts),
            PhoneCipher = phone is null ? kept?.PhoneCipher : protector.Protect(phone),
            PhoneMasked = phone is null ? kept?.PhoneMasked : Mask(phone),
        };
    }

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    public static string ActorName(ICurrentStaff staff) => Truncate(staff.DisplayName ?? staff.UserName ?? "系统", 50);
}

/// <summary>
/// Every read of a child's record leaves one audit row (PIPL: all data of under-14s is sensitive). Called by the detail
/// queries that both the API and the pages use, so each read is recorded exactly once wherever it comes from.
/// </summary>
internal sealed class ChildReadAudit(IEnumerable<IAuditLog> auditLogs)
{
    private readonly IAuditLog? auditLog = auditLogs.FirstOrDefault();

    public Task RecordAsync(string action, string entityType, Guid id, CancellationToken cancellationToken) =>
        auditLog?.WriteAsync(new AuditRecord(action, entityType, id.ToString()), cancellationToken) ?? Task.CompletedTask;

    /// <summary>A list of children shown: one row per page, naming what was asked and how many children were shown.</summary>
    public Task RecordListAsync(string action, string entityType, string detail, CancellationToken cancellationToken) =>
        auditLog?.WriteAsync(new AuditRecord(action, entityType, Detail: detail), cancellationToken) ?? Task.CompletedTask;
}
