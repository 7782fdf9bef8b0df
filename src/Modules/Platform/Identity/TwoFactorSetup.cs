using System.Globalization;
using System.Text;
using QRCoder;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>What an authenticator app needs: the shared key (in groups of 4), the otpauth URI and its QR code.</summary>
internal static class TwoFactorSetup
{
    public const string Issuer = "ModularSocialWork";

    public static string FormatKey(string unformattedKey)
    {
        var result = new StringBuilder();
        for (var i = 0; i < unformattedKey.Length; i += 4)
        {
            if (i > 0) result.Append(' ');
            result.Append(unformattedKey.AsSpan(i, Math.Min(4, unformattedKey.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>Key URI format of Google Authenticator, understood by every common authenticator app.</summary>
    public static string AuthenticatorUri(string userName, string unformattedKey) => string.Format(
        CultureInfo.InvariantCulture,
        "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6&period=30",
        Uri.EscapeDataString(Issuer), Uri.EscapeDataString(userName), unformattedKey);

    /// <summary>The URI as a PNG QR code in a data URI (the CSP allows <c>img-src data:</c>).</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
