using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Matching;

/// <summary>
/// ICD-10-PCS medical and surgical procedures (section 0) as dictionary phrases, for indexing: the root operation
/// (3rd character) in the words a note uses ("biopsy", "arthrodesis", "embolization") with the body part of the
/// row's code titles ("Excision of Left Testis, Open Approach" → "left testis"), and the one-word names built from a
/// combining form ("appendectomy" = resection of appendix, "left nephrectomy" = resection of left kidney,
/// "tracheostomy" = bypass of trachea). Notes
/// seldom give approach and device, so these stand for the 4-character row; an endoscopy's name gives its approach
/// too (colonoscopy is 0DJD8ZZ). The partial rows are for the index only; a claim takes a full code when the note states
/// the approach (<see cref="ProcedureStatements"/>).
/// </summary>
public static class SurgicalTerms
{
    private const char MedicalSurgicalSection = '0';

    /// <summary>Root operation → words notes use for it.</summary>
    private static readonly Dictionary<char, string[]> Operations = new()
    {
        ['B'] = ["excision", "biopsy", "partial resection"],
        ['T'] = ["resection"],
        ['9'] = ["drainage", "puncture", "aspiration"],
        ['J'] = ["inspection", "exploration"],
        ['D'] = ["extraction"],
        ['Q'] = ["repair", "suture"],
        ['H'] = ["insertion", "placement", "implantation"],
        ['R'] = ["replacement", "prosthesis"],
        ['S'] = ["reduction", "reposition"],
        ['G'] = ["fusion", "arthrodesis"],
        ['7'] = ["dilation", "dilatation", "angioplasty", "stent"],
        ['5'] = ["destruction", "ablation", "cauterization"],
        ['L'] = ["occlusion", "embolization", "ligation"],
        ['N'] = ["release", "adhesiolysis"],
        ['P'] = ["removal"],
        ['Y'] = ["transplant", "transplantation"],
        ['F'] = ["fragmentation", "lithotripsy"],
        ['6'] = ["amputation"],
        ['U'] = ["graft", "mesh"],
        ['8'] = ["division"],
        ['C'] = ["extirpation"],
        ['X'] = ["transfer", "flap"],
        ['1'] = ["bypass", "shunt"],
    };

    /// <summary>Suffix of a one-word procedure name → the root operation it names.</summary>
    private static readonly (string Suffix, char Operation)[] Suffixes =
    [
        ("ectomy", 'T'), ("otomy", '9'), ("oscopy", 'J'), ("orrhaphy", 'Q'), ("opexy", 'S'), ("olysis", 'N'), ("ocentesis", '9'), ("ostomy", '1'),
    ];

    /// <summary>Combining form → the organ as PCS titles name it (normalised).</summary>
    private static readonly (string Form, string Organ)[] CombiningForms =
    [
        ("append", "appendix"), ("nephr", "kidney"), ("cholecyst", "gallbladder"), ("hyster", "uterus"), ("orchi", "testis"),
        ("splen", "spleen"), ("gastr", "stomach"), ("col", "colon"), ("thyroid", "thyroid gland"), ("mast", "breast"),
        ("prostat", "prostate"), ("adrenal", "adrenal gland"), ("pancreat", "pancreas"), ("laryng", "larynx"),
        ("tonsill", "tonsils"), ("adenoid", "adenoids"), ("salping", "fallopian tube"), ("oophor", "ovary"), ("cyst", "bladder"),
        ("ureter", "ureter"), ("urethr", "urethra"), ("crani", "skull"), ("trache", "trachea"), ("esophag", "esophagus"),
        ("duoden", "duodenum"), ("jejun", "jejunum"), ("ile", "ileum"), ("sigmoid", "sigmoid colon"), ("proct", "rectum"),
        ("hepat", "liver"), ("choledoch", "common bile duct"), ("thorac", "pleural cavity"), ("lapar", "peritoneal cavity"),
        ("bronch", "tracheobronchial tree"), ("colon", "lower intestinal tract"),
    ];

    private static readonly string[] Sides = ["right", "left", "bilateral"];

    /// <summary>Endoscopies through a skin incision (percutaneous endoscopic); the others go through a natural opening.</summary>
    private static readonly string[] PercutaneousScopes = ["lapar", "thorac", "arthr"];

    /// <summary>(phrase, 4-character code) pairs; none unless partial codes may be indexed.</summary>
    public static IEnumerable<(string Phrase, string Code)> Of(Icd10PcsRelease pcs, bool partialCodes) =>
        partialCodes ? Phrases(pcs).Select(p => (p.Phrase, p.ScopeCode ?? p.Row)) : [];

    /// <summary>
    /// Every phrase with its 4-character row, the row's valid codes, and the full code an endoscopy's name gives (its
    /// approach implied); the claim's procedure reader (<see cref="ProcedureStatements"/>) completes the others.
    /// </summary>
    public static IEnumerable<(string Phrase, string Row, HashSet<string> Valid, string? ScopeCode)> Phrases(Icd10PcsRelease pcs)
    {
        var rows = pcs.Rows
            .Where(r => r.Valid && r.Code.Length == 7 && r.Code[0] == MedicalSurgicalSection && Operations.ContainsKey(r.Code[2]))
            .GroupBy(r => r.Code[..4], StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var title = row.MinBy(c => c.LongDescription.Length)!.LongDescription;
            if ((row.Key[2] == '1' ? PcsTitle.BypassedPart(title) : PcsTitle.BodyPart(title, ", ", " with ", " using ", " from ", " to ", " into ")) is not { } bodyPart)
            {
                continue;
            }

            var operation = row.Key[2];
            var valid = row.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var words in Operations[operation])
            {
                yield return ($"{words} {bodyPart}", row.Key, valid, null);
            }

            foreach (var (name, form) in OneWordNames(operation, bodyPart))
            {
                // An endoscopy names its approach: colonoscopy is 0DJD8ZZ, laparoscopy 0WJG4ZZ.
                var scope = name.EndsWith("oscopy", StringComparison.Ordinal) ? FullCode(row.Key, PercutaneousScopes.Contains(form) ? '4' : '8', valid) : null;
                yield return (name, row.Key, valid, scope);
            }
        }
    }

    /// <summary>The row's code with this approach and neither device nor qualifier, when it is valid.</summary>
    public static string? FullCode(string row, char approach, HashSet<string> valid) =>
        $"{row}{approach}ZZ" is var code && valid.Contains(code) ? code : null;

    /// <summary>"left nephrectomy" for resection of the left kidney, with its combining form; none when the body part has none.</summary>
    private static IEnumerable<(string Name, string Form)> OneWordNames(char operation, string bodyPart)
    {
        var words = bodyPart.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var side = words.Length > 1 && Sides.Contains(words[0]) ? words[0] : null;
        var organ = string.Join(' ', (side is null ? words : words[1..]).Select(w => WordForms.Normalize(w)));
        foreach (var (form, named) in CombiningForms)
        {
            if (string.Join(' ', named.Split(' ').Select(w => WordForms.Normalize(w))) != organ)
            {
                continue;
            }

            foreach (var (suffix, op) in Suffixes)
            {
                if (op == operation)
                {
                    yield return (side is null ? form + suffix : $"{side} {form}{suffix}", form);
                }
            }
        }
    }
}
