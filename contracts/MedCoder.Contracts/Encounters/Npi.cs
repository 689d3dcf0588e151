namespace MedCoder.Contracts.Encounters;

/// <summary>
/// National Provider Identifier check: 10 digits, Luhn check digit over the "80840" prefix (CMS NPI standard). Shared by
/// Intake (which refuses a submission with a bad NPI) and ComplianceEdit's NPI edit (older stored messages, the CLI).
/// </summary>
public static class Npi
{
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 } || !npi.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Luhn over "80840" + first nine digits; the prefix contributes a constant 24.
        var sum = 24;
        for (var i = 8; i >= 0; i--)
        {
            var digit = npi[i] - '0';
            if ((8 - i) % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10 == npi[9] - '0';
    }
}
