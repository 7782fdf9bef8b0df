namespace ArchFixtures.ModuleA;

// Internal, as everything in a module should be apart from the module class and page models.
internal sealed class GreetingService
{
    public string Greet(string name) => $"你好，{name}";
}
