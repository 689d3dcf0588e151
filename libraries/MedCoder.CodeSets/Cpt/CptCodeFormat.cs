namespace MedCoder.CodeSets.Cpt;

/// <summary>The kinds of CPT code number, told apart by their fifth character.</summary>
public enum CptCodeKind
{
    /// <summary>Five digits, e.g. 99213.</summary>
    CategoryI,

    /// <summary>Four digits + F: performance measurement.</summary>
    CategoryII,

    /// <summary>Four digits + T: emerging technology.</summary>
    CategoryIII,

    /// <summary>Four digits + U: proprietary laboratory analyses (PLA).</summary>
    ProprietaryLaboratoryAnalyses,

    /// <summary>Four digits + M: multianalyte assays with algorithmic analyses (MAAA, CPT Appendix O).</summary>
    MultianalyteAssay,
}

public static class CptCodeFormat
{
    /// <summary>The kind of a CPT code number, or null when the text is not one (HCPCS Level II codes start with a letter).</summary>
    public static CptCodeKind? KindOf(string code)
    {
        if (code.Length != 5 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]) || !char.IsAsciiDigit(code[3]))
        {
            return null;
        }

        return code[4] switch
        {
            >= '0' and <= '9' => CptCodeKind.CategoryI,
            'F' => CptCodeKind.CategoryII,
            'T' => CptCodeKind.CategoryIII,
            'U' => CptCodeKind.ProprietaryLaboratoryAnalyses,
            'M' => CptCodeKind.MultianalyteAssay,
            _ => null,
        };
    }

    public static bool IsCpt(string code) => KindOf(code) is not null;
}
