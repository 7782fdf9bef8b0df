namespace PluginFixtures.PrivateLib;

public static class Greeting
{
    public static string Text() => "来自插件私有依赖的问候";
}
