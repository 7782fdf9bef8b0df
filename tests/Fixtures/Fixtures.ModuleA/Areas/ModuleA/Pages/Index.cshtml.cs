using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchFixtures.ModuleA.Areas.ModuleA.Pages;

// MVC needs page models public; so is the nested input model a public bound property exposes.
public sealed class IndexModel : PageModel
{
    private readonly GreetingService _greetings = new();

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Greeting { get; private set; } = "";

    public void OnGet() => Greeting = _greetings.Greet("社工");

    public sealed class InputModel
    {
        public string Name { get; set; } = "";
    }
}
