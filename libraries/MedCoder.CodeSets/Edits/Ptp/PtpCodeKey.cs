namespace MedCoder.CodeSets.Edits.Ptp;

/// <summary>
/// A HCPCS/CPT code as a number (five base-36 digits, digits before letters, so numbers sort as the codes do) and a
/// pair of codes as one long: 3 million pairs stay two flat arrays instead of 3 million strings.
/// </summary>
internal static class PtpCodeKey
{
    private const int Bits = 26; // 36^5 = 60,466,176 < 2^26

    public static bool TryPack(ReadOnlySpan<char> code, out int packed)
    {
        packed = 0;
        if (code.Length != 5)
        {
            return false;
        }

        foreach (var c in code)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                >= 'a' and <= 'z' => c - 'a' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            packed = (packed * 36) + digit;
        }

        return true;
    }

    public static long Pair(int column1, int column2) => ((long)column1 << Bits) | (uint)column2;

    public static string Unpack(int packed)
    {
        Span<char> code = stackalloc char[5];
        for (var i = 4; i >= 0; i--)
        {
            var digit = packed % 36;
            code[i] = (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            packed /= 36;
        }

        return new string(code);
    }

    public static (int Column1, int Column2) Split(long pair) => ((int)(pair >> Bits), (int)(pair & ((1L << Bits) - 1)));
}
