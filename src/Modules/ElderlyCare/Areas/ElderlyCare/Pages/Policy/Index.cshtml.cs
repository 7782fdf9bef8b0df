using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Policy;

/// <summary>The county's tier rules and visit cadences; county admins edit them (saving re-tiers every elder).</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty] public List<RuleInput> Rules { get; set; } = [];
    [BindProperty] public List<CadenceInput> Cadences { get; set; } = [];
    [BindProperty(SupportsGet = true)] public int? Retiered { get; set; }

    public bool CanManage => staff.HasPermission(ElderlyCarePermissions.PolicyManage);
    public List<string> Errors { get; } = [];

    public sealed class RuleInput
    {
        public int Order { get; set; }
        public int Tier { get; set; }
        public List<string> Tags { get; set; } = [];
        public int? MinimumAge { get; set; }
        public string? Description { get; set; }
        public bool Delete { get; set; }
    }

    public sealed class CadenceInput
    {
        public int Tier { get; set; }
        public int Months { get; set; }
        public int Days { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanManage) return Forbid();
        var unreadable = BuildingBlocks.Web.FormBinding.Unreadable(ModelState);
        ModelState.Clear();
        var rules = Rules.Where(r => !r.Delete && (r.Order != 0 || r.Tags.Count > 0 || r.MinimumAge is not null || !string.IsNullOrWhiteSpace(r.Description)))
            .Select(r => new TierRuleDto(r.Order, (RiskTier)r.Tier, r.Tags, r.MinimumAge, r.Description)).ToList();
        try
        {
            BuildingBlocks.Web.FormBinding.ThrowIfAny(unreadable);
            var count = await mediator.Send(new UpdateVisitPolicy.Command
            {
                Rules = rules,
                Cadences = Cadences.Select(c => new TierCadenceDto((RiskTier)c.Tier, c.Months, c.Days)).ToList(),
            }, cancellationToken);
            return RedirectToPage("Index", new { retiered = count });
        }
        catch (ValidationException ex)
        {
            Errors.AddRange(ex.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (BuildingBlocks.Mediation.BusinessRuleException ex)
        {
            Errors.Add(ex.Message);
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var policy = await mediator.Send(new GetVisitPolicy.Query(), cancellationToken);
        Rules = policy.Rules.Select(r => new RuleInput
        {
            Order = r.Order, Tier = (int)r.Tier, Tags = [.. r.AnyOfTags], MinimumAge = r.MinimumAge, Description = r.DescriptionZh,
        }).ToList();
        Rules.Add(new RuleInput { Order = 0, Tier = (int)RiskTier.Key });
        Cadences = policy.Cadences.Select(c => new CadenceInput { Tier = (int)c.Tier, Months = c.Months, Days = c.Days }).ToList();
    }
}
