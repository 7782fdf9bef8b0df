using Microsoft.Extensions.FileProviders;

namespace ModularSocialWork.Host.Composition.Plugins;

/// <summary>
/// Serves an enabled plugin's static web assets at <c>/_content/&lt;AssemblyName&gt;/…</c>, the same URL a built-in
/// module's files have, from <c>plugins/&lt;Id&gt;/wwwroot</c> (where publishing a Razor class library puts them).
/// </summary>
public static class PluginStaticWebAssets
{
    public static IApplicationBuilder UsePluginStaticWebAssets(this IApplicationBuilder app)
    {
        foreach (var plugin in app.ApplicationServices.GetRequiredService<PluginSet>().Enabled)
        {
            if (!Directory.Exists(plugin.WebRoot)) continue;
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = "/_content/" + plugin.Assembly.GetName().Name,
                FileProvider = new PhysicalFileProvider(plugin.WebRoot),
            });
        }

        return app;
    }
}
