namespace ModularSocialWork.BuildingBlocks.PersonalData;

/// <summary>
/// Encrypts personal data at rest (authenticated encryption, key outside the database) and computes a keyed blind index
/// for exact look-up without decrypting. Implemented by Platform; modules that store ID or phone numbers use it.
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>Ciphertext as text (key id + nonce + ciphertext + tag), different every time for the same input.</summary>
    string Protect(string plaintext);

    string Unprotect(string protectedValue);

    /// <summary>Deterministic keyed hash of the normalised value (HMAC-SHA256), for equality look-up only.</summary>
    string BlindIndex(string normalizedValue);
}
