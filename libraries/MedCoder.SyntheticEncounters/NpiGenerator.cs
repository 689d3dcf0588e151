namespace MedCoder.SyntheticEncounters;

/// <summary>
/// Generates and validates National Provider Identifiers. An NPI is 9 digits (the first 1 or 2) followed by a
/// Luhn check digit computed over the card-issuer prefix 80840 plus those 9 digits (CMS NPI check-digit standard).
/// Example from the standard: 123456789 → 1234567893.
/// </summary>
public static class NpiGenerator
{
    private const string HealthCardPrefix = "80840";

    /// <summary>A random, structurally valid NPI beginning with 1 or 2.</summary>
    public static string Create(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var digits = new char[9];
        digits[0] = (char)('1' + rng.Next(2));
        for (int i = 1; i < digits.Length; i++)
        {
            digits[i] = (char)('0' + rng.Next(10));
        }

        var baseDigits = new string(digits);
        return baseDigits + CheckDigit(baseDigits);
    }

    /// <summary>The Luhn check digit for a 9-digit NPI base (prefix 80840 included in the calculation).</summary>
    public static char CheckDigit(string nineDigits)
    {
        if (nineDigits is null || nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("An NPI base is exactly 9 digits.", nameof(nineDigits));
        }

        string payload = HealthCardPrefix + nineDigits;
        int sum = 0;
        // Luhn: walking from the rightmost payload digit, double every other digit starting with that one.
        for (int i = payload.Length - 1, position = 0; i >= 0; i--, position++)
        {
            int digit = payload[i] - '0';
            if (position % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public static bool IsValid(string? npi) =>
        npi is { Length: 10 }
        && npi.All(char.IsAsciiDigit)
        && npi[0] is '1' or '2'
        && CheckDigit(npi[..9]) == npi[9];
}
