using CsCheck;
using FluentValidation;
using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.UnitTests.Mediation;

/// <summary>An enum value from a client is valid exactly when it names a member (a JSON number binds to any enum).</summary>
public sealed class EnumRulesTests
{
    private enum Method { Home = 0, Phone = 1, Video = 2, Paired = 5 }

    private sealed record Form(Method Method, Method? Optional);

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.Method).IsNamedMember().WithMessage("探访方式无效。");
            RuleFor(f => f.Optional).IsNamedMember().WithMessage("可选方式无效。");
        }
    }

    private static readonly FormValidator Validator = new();

    [Fact]
    public void Any_number_is_accepted_exactly_when_it_names_a_member()
    {
        Gen.Int.Sample(n =>
        {
            var result = Validator.Validate(new Form((Method)n, null));
            Assert.Equal(n is 0 or 1 or 2 or 5, result.IsValid);
            if (!result.IsValid) Assert.Equal("探访方式无效。", Assert.Single(result.Errors).ErrorMessage);
        });
    }

    [Fact]
    public void A_missing_optional_value_passes_and_a_present_one_must_name_a_member()
    {
        Assert.True(Validator.Validate(new Form(Method.Home, null)).IsValid);
        Assert.True(Validator.Validate(new Form(Method.Home, Method.Paired)).IsValid);
        var wrong = Validator.Validate(new Form(Method.Home, (Method)3));
        Assert.Equal("可选方式无效。", Assert.Single(wrong.Errors).ErrorMessage);
    }
}
