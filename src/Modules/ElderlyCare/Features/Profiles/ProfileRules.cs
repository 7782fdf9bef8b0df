using ModularSocialWork.BuildingBlocks.Mediation;
using FluentValidation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

/// <summary>A supporter (赡养人) or emergency contact as entered; the phone is stored encrypted and shown masked.</summary>
/// <param name="Id">An existing contact being edited (its stored phone is kept when <paramref name="Phone"/> is blank).</param>
internal sealed record ContactInput(ContactKind Kind, string? Name, string? Relationship, string? Phone, Guid? Id = null);

internal sealed record ContactDto(Guid Id, ContactKind Kind, string Name, string? Relationship, string? PhoneMasked);

/// <summary>Field rules shared by create and update.</summary>
internal static class ProfileRules
{
    public const int MaxContacts = 10;

    public static void Apply<T>(AbstractValidator<T> v, Func<T, IReadOnlyList<string>?> tags, Func<T, IReadOnlyList<ContactInput>?> contacts,
        Func<T, LivingSituation> living, Func<T, string?> health, Func<T, string?> notes)
    {
        v.RuleFor(c => tags(c)).Must(t => t is null || t.All(ElderTags.Names.ContainsKey)).WithName("Tags").OverridePropertyName("Tags")
            .WithMessage("包含未知的老人标签。");
        v.RuleFor(c => living(c)).IsNamedMember().OverridePropertyName("LivingSituation").WithMessage("居住情况无效。");
        v.RuleFor(c => health(c)).MaximumLength(2000).OverridePropertyName("HealthNotes").WithMessage("健康情况不能超过 2000 个字符。");
        v.RuleFor(c => notes(c)).MaximumLength(ElderProfile.NotesMaxLength).OverridePropertyName("Notes")
            .WithMessage($"备注不能超过 {ElderProfile.NotesMaxLength} 个字符。");
        v.RuleFor(c => contacts(c)).Must(x => x is null || x.Count <= MaxContacts).OverridePropertyName("Contacts")
            .WithMessage($"联系人最多 {MaxContacts} 个。");
        v.RuleForEach(c => contacts(c)).ChildRules(contact =>
        {
            contact.RuleFor(x => x.Kind).IsNamedMember().WithMessage("联系人类型无效。");
            contact.RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("请填写联系人姓名。");
            contact.RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length <= 50).WithMessage("联系人姓名不能超过 50 个字符。");
            contact.RuleFor(x => x.Relationship).Must(n => n is null || n.Trim().Length <= 20).WithMessage("关系不能超过 20 个字符。");
            contact.RuleFor(x => x.Phone).Must(p => p is null || IsPhone(NormalizePhone(p))).WithMessage("请填写正确的电话号码（手机或座机）。");
        }).OverridePropertyName("Contacts");
    }

    /// <summary>The elder tags a ledger resident carries (the ledger's codes are <c>elder.alone</c>, <c>elder.80plus</c>…).</summary>
    public static IReadOnlyList<string> FromResidentTags(IEnumerable<string> residentTags) => residentTags
        .Select(t => t.StartsWith("elder.", StringComparison.Ordinal) ? t["elder.".Length..] : t)
        .Select(t => t == "80plus" ? ElderTags.AdvancedAge : t)
        .Where(ElderTags.Names.ContainsKey)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        return new string(phone.Where(ch => char.IsDigit(ch) || ch == '-').ToArray());
    }

    public static bool IsPhone(string? phone) => phone is null || (phone.Count(char.IsDigit) is >= 7 and <= 13 && phone.Length <= 20);

    public static string Mask(string phone)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        return digits.Length <= 4 ? "****" : digits.Length >= 11 ? digits[..3] + "****" + digits[^4..] : "****" + digits[^4..];
    }

    public static void ReplaceContacts(ElderProfile profile, IReadOnlyList<ContactInput>? inputs, IPersonalDataProtector protector)
    {
        profile.Contacts.Clear();
        foreach (var input in inputs ?? [])
        {
            var phone = NormalizePhone(input.Phone);
            profile.Contacts.Add(new ElderContact
            {
                ElderProfileId = profile.Id,
                Kind = input.Kind,
                Name = input.Name!.Trim(),
                Relationship = string.IsNullOrWhiteSpace(input.Relationship) ? null : input.Relationship.Trim(),
                PhoneCipher = phone is null ? null : protector.Protect(phone),
                PhoneMasked = phone is null ? null : Mask(phone),
            });
        }
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
