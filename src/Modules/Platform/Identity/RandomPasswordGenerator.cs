using System.Security.Cryptography;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>Generates passwords that always meet the policy (all four classes), e.g. for the bootstrap admin.</summary>
internal static class RandomPasswordGenerator
{
    // Look-alikes (0/O, 1/l/I) left out: the bootstrap password is read off a console and typed by hand.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%^&*-_=+?";

    public static string Generate(int length = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 8);
        string[] classes = [Upper, Lower, Digits, Symbols];
        var all = string.Concat(classes);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            // The first four positions take one of each class; the shuffle below hides where they are.
            var pool = i < classes.Length ? classes[i] : all;
            chars[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
