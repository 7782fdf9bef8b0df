using FluentValidation;

namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>Validation rules for enum values sent by clients.</summary>
public static class EnumRules
{
    /// <summary>
    /// The value is one of the enum's named members (a JSON number such as 99 binds to any enum). Use instead of
    /// FluentValidation's <c>IsInEnum()</c>, which reads the enum's attributes by reflection on every call — six times in
    /// every recorded visit (issue 4's profile). For [Flags] enums, whose combinations are valid, keep <c>IsInEnum()</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, TEnum> IsNamedMember<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => Enum.IsDefined(value));

    /// <inheritdoc cref="IsNamedMember{T,TEnum}(IRuleBuilder{T,TEnum})"/>
    /// <remarks>A missing value passes; require it with <c>NotNull()</c>.</remarks>
    public static IRuleBuilderOptions<T, TEnum?> IsNamedMember<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is not { } set || Enum.IsDefined(set));
}
