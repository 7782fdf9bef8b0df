using System.Security.Cryptography;
using System.Text;
using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.Modules.Platform.PersonalData;

/// <summary>
/// AES-256-GCM for personal data at rest and an HMAC-SHA256 blind index for exact look-up. The index key is derived from
/// the master key with HKDF so that a leaked index key would not decrypt anything, and the text carries a key id
/// (<c>v1:</c>) so a later key can be introduced without re-encrypting everything at once.
/// </summary>
internal sealed class PersonalDataProtector : IPersonalDataProtector
{
    private const string KeyId = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] IndexKeyInfo = Encoding.ASCII.GetBytes("ModularSocialWork.PersonalData.BlindIndex.v1");
    private static readonly byte[] EncryptionKeyInfo = Encoding.ASCII.GetBytes("ModularSocialWork.PersonalData.Encryption.v1");

    private readonly byte[] encryptionKey;
    private readonly byte[] indexKey;

    public PersonalDataProtector(ReadOnlySpan<byte> masterKey)
    {
        if (masterKey.Length != 32) throw new ArgumentException("The personal-data master key must be 32 bytes.", nameof(masterKey));
        encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey.ToArray(), 32, info: EncryptionKeyInfo);
        indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey.ToArray(), 32, info: IndexKeyInfo);
    }

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length, TagSize), AssociatedData);
        return KeyId + ":" + Convert.ToBase64String(output);
    }

    public string Unprotect(string protectedValue)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        var separator = protectedValue.IndexOf(':');
        if (separator < 0 || protectedValue[..separator] != KeyId)
        {
            throw new CryptographicException("Unknown personal-data key id.");
        }

        byte[] data;
        try
        {
            data = Convert.FromBase64String(protectedValue[(separator + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("Protected personal data is not valid base64.", ex);
        }

        if (data.Length < NonceSize + TagSize) throw new CryptographicException("Protected personal data is too short.");
        var cipherLength = data.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize, cipherLength), data.AsSpan(NonceSize + cipherLength, TagSize), plain, AssociatedData);
        return Encoding.UTF8.GetString(plain);
    }

    public string BlindIndex(string normalizedValue)
    {
        ArgumentNullException.ThrowIfNull(normalizedValue);
        return Convert.ToHexStringLower(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(normalizedValue)));
    }

    /// <summary>Binds the ciphertext to its key id, so the prefix cannot be swapped without detection.</summary>
    private static ReadOnlySpan<byte> AssociatedData => "v1"u8;
}
