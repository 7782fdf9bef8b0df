using System.Security.Cryptography;
using ModularSocialWork.Modules.Platform.PersonalData;

namespace ModularSocialWork.UnitTests.Residents;

public sealed class PersonalDataProtectorTests
{
    private static readonly byte[] KeyA = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] KeyB = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("13812345678")]
    [InlineData("")]
    [InlineData("张三 0572-8000001")]
    public void Protect_then_unprotect_gives_the_plaintext_back(string plaintext)
    {
        var protector = new PersonalDataProtector(KeyA);
        var protectedValue = protector.Protect(plaintext);
        Assert.StartsWith("v1:", protectedValue);
        if (plaintext.Length > 0) Assert.DoesNotContain(plaintext, protectedValue);
        Assert.Equal(plaintext, protector.Unprotect(protectedValue));
    }

    [Fact]
    public void The_same_plaintext_encrypts_differently_every_time()
    {
        var protector = new PersonalDataProtector(KeyA);
        var values = Enumerable.Range(0, 20).Select(_ => protector.Protect("11010519491231002X")).ToHashSet();
        Assert.Equal(20, values.Count);
    }

    [Fact]
    public void A_tampered_ciphertext_is_refused()
    {
        var protector = new PersonalDataProtector(KeyA);
        var bytes = Convert.FromBase64String(protector.Protect("11010519491231002X")[3..]);
        for (var i = 0; i < bytes.Length; i++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("v1:" + Convert.ToBase64String(tampered)));
        }
    }

    [Fact]
    public void Another_key_cannot_decrypt_and_an_unknown_key_id_is_refused()
    {
        var protectedValue = new PersonalDataProtector(KeyA).Protect("13812345678");
        Assert.ThrowsAny<CryptographicException>(() => new PersonalDataProtector(KeyB).Unprotect(protectedValue));
        Assert.ThrowsAny<CryptographicException>(() => new PersonalDataProtector(KeyA).Unprotect("v2:" + protectedValue[3..]));
    }

    [Fact]
    public void The_blind_index_is_deterministic_and_depends_on_the_key()
    {
        var a = new PersonalDataProtector(KeyA);
        var index = a.BlindIndex("11010519491231002X");
        Assert.Equal(index, new PersonalDataProtector(KeyA).BlindIndex("11010519491231002X"));
        Assert.Matches("^[0-9a-f]{64}$", index);
        Assert.NotEqual(index, new PersonalDataProtector(KeyB).BlindIndex("11010519491231002X"));
        Assert.NotEqual(index, a.BlindIndex("110105194912310029"));
        // A plain SHA-256 of the number (what an attacker with the table could try) is not the index.
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData("11010519491231002X"u8)), index);
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_refused() =>
        Assert.Throws<ArgumentException>(() => new PersonalDataProtector(new byte[16]));
}
