namespace ModularSocialWork.Modules.Brands.AntiFraud;

internal static class AntiFraudPermissions
{
    public const string Read = "AntiFraudBrand.Activities.Read";
    public const string Write = "AntiFraudBrand.Activities.Write";

    public const string ReadPolicy = "perm:" + Read;
    public const string WritePolicy = "perm:" + Write;
}
