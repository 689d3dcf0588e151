using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Matching;

/// <summary>
/// The ICD-10-PCS codes of an inpatient stay's procedures as a coder builds them from the operative or procedure
/// statement (ICD-10-PCS guidelines B3, B5): the root operation and body part a procedure's name gives
/// (<see cref="SurgicalTerms"/>: "cholecystectomy" = resection of gallbladder, "right thoracentesis" = drainage of right
/// pleural cavity) completed by the approach the statement says ("laparoscopic" = percutaneous endoscopic, "open",
/// "percutaneous", "ultrasound-guided"), with no device and no qualifier, only when that code is valid; and the common
/// procedures of other sections by the words notes use for them (vaginal and cesarean delivery, transfusion of packed red
/// cells, hemodialysis, detoxification, heart catheterization). A name whose approach the note does not state codes
/// nothing: a coder completes it. Claim purpose, inpatient, procedure and course sections only (as <see cref="ClaimReading"/>).
/// </summary>
public sealed class ProcedureStatements
{
    // The procedure's name and its approach are read from words: below auto-release, a coder confirms.
    private const double Confidence = 0.8;

    private static readonly (string[] Words, char Approach)[] ApproachWords =
    [
        (["laparoscopic", "laparoscopically", "robotic", "arthroscopic", "arthroscopically", "thoracoscopic", "vats"], '4'),
        (["open", "laparotomy"], '0'),
        (["percutaneous", "percutaneously", "guided", "needle"], '3'),
        (["endoscopic", "endoscopically", "cystoscopic", "hysteroscopic", "ureteroscopic"], '8'),
    ];

    /// <summary>Procedures outside section 0 by the words notes use, with their full codes (verified valid when compiled).</summary>
    private static readonly (string Phrase, string Code)[] Named =
    [
        ("spontaneous vaginal delivery", "10E0XZZ"), ("normal spontaneous vaginal delivery", "10E0XZZ"), ("vaginal delivery", "10E0XZZ"),
        ("manually assisted delivery", "10E0XZZ"), ("nsvd", "10E0XZZ"),
        ("low transverse cesarean", "10D00Z1"), ("low transverse cesarean section", "10D00Z1"), ("low transverse cesarean delivery", "10D00Z1"),
        ("low transverse c section", "10D00Z1"), ("lower segment cesarean", "10D00Z1"), ("classical cesarean", "10D00Z0"),
        ("packed red blood cells", "30233N1"), ("packed red cells", "30233N1"), ("prbc", "30233N1"), ("prbcs", "30233N1"),
        ("hemodialysis", "5A1D70Z"), ("continuous renal replacement therapy", "5A1D90Z"), ("crrt", "5A1D90Z"),
        ("alcohol detoxification", "HZ2ZZZZ"), ("detoxification", "HZ2ZZZZ"),
        ("left heart catheterization", "4A023N7"), ("right heart catheterization", "4A023N6"),
        ("paracentesis", "0W9G3ZZ"), ("lumbar puncture", "009U3ZX"), ("right thoracentesis", "0W993ZZ"), ("left thoracentesis", "0W9B3ZZ"),
    ];

    // "Colonoscopy 7 years ago", "screening is up to date (colonoscopy last year)": a past procedure is no code of this stay.
    private static readonly FrozenSet<string> PastWords = WordForms.NormalizedSet("ago", "last", "previous", "previously", "prior", "history", "date");

    // A scope that did more than look ("cystoscopy, retrograde pyelogram and stent placement") is coded by what it did
    // (ICD-10-PCS B3.11a); and "segmental" or "partial" removal is an excision, not a resection (B3.8).
    private static readonly FrozenSet<string> DidMore = WordForms.NormalizedSet(
        "biopsy", "biopsies", "stent", "polypectomy", "removal", "excision", "dilation", "dilatation", "placement", "insertion", "lavage", "ligation",
        "clip", "clips", "injection", "cauterization", "resection", "snare", "brushing", "washing", "pyelogram", "lithotripsy", "drainage");

    private static readonly FrozenSet<string> PartOnly = WordForms.NormalizedSet("segmental", "partial", "wedge", "portion");

    // "Hemodialysis catheter", "dialysis access": the device, not the treatment.
    private static readonly FrozenSet<string> DeviceWords = WordForms.NormalizedSet("catheter", "access", "line", "fistula", "graft");

    private readonly PhraseMatcher<Procedure> _procedures;
    private readonly FrozenDictionary<string, char> _approaches;

    public ProcedureStatements(Icd10PcsRelease? pcs)
    {
        var phrases = new List<(string, Procedure)>();
        if (pcs is not null)
        {
            // An incision ("hysterotomy", "laparotomy") is the approach of the operation it opens, not a drainage of its own.
            phrases.AddRange(SurgicalTerms.Phrases(pcs).Where(p => !p.Phrase.EndsWith("otomy", StringComparison.Ordinal))
                .Select(p => (p.Phrase, new Procedure(p.Row, p.Valid, p.ScopeCode))));
            phrases.AddRange(Named.Where(n => pcs.IsValid(n.Code)).Select(n => (n.Phrase, new Procedure(n.Code, [], n.Code))));
        }

        _procedures = new PhraseMatcher<Procedure>(phrases);
        _approaches = ApproachWords.SelectMany(a => a.Words.Select(w => (Word: WordForms.Normalize(w), a.Approach)))
            .ToFrozenDictionary(a => a.Word, a => a.Approach, StringComparer.Ordinal);
    }

    /// <summary>Adds the full codes of the procedures the notes' procedure and course sections state.</summary>
    public void Apply(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, List<Candidate> candidates)
    {
        for (var n = 0; n < notes.Count; n++)
        {
            var (note, flags) = notes[n];
            foreach (var sentence in note.Sentences)
            {
                if (sentence.Section is not (SectionKind.Procedures or SectionKind.HospitalCourse or SectionKind.Other))
                {
                    continue;
                }

                // The sentence's tense and approach are read once, and only for a sentence that names a procedure.
                (bool Past, char? Approach)? told = null;
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    if (flags[t] != ContextFlags.None || !_procedures.TryMatch(note.Tokens, t, sentence.EndToken, out var length, out var procedure))
                    {
                        continue;
                    }

                    told ??= (Says(note, sentence, PastWords), Approach(note, sentence));
                    if (told.Value.Past)
                    {
                        break;
                    }

                    var approach = told.Value.Approach;

                    var end = t + length;
                    if (Skipped(note, sentence, procedure, end))
                    {
                        t = end - 1;
                        continue;
                    }

                    var code = procedure.Full ?? (procedure.Row[2] == '9' && approach is null ? SurgicalTerms.FullCode(procedure.Row, '3', procedure.Valid)
                        : approach is { } stated ? SurgicalTerms.FullCode(procedure.Row, stated, procedure.Valid) : null);
                    if (code is not null && !candidates.Exists(c => c.System == CodeSystems.Icd10Pcs && c.Code == code))
                    {
                        candidates.Add(Candidate.FromSpan(CodeSystems.Icd10Pcs, code, "procedure-statement",
                            new EvidenceSpan(n, note.Tokens[t].Start, note.Tokens[t + length - 1].End), Confidence));
                    }

                    t += length - 1;
                }
            }
        }
    }

    /// <summary>A scope that did more, a part removed, a dialysis device, or a scope named only in a title.</summary>
    private static bool Skipped(ReadNote note, NoteSentence sentence, Procedure procedure, int end) =>
        (procedure.Row is [_, _, 'J', ..] && (sentence.Section != SectionKind.Procedures || Says(note, sentence, DidMore)))
        || (procedure.Row is ['0', _, 'T', ..] && Says(note, sentence, PartOnly))
        || (procedure.Row[0] == '5' && end < sentence.EndToken && DeviceWords.Contains(note.Tokens[end].Word));

    private static bool Says(ReadNote note, NoteSentence sentence, FrozenSet<string> words)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (words.Contains(note.Tokens[t].Word))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>The approach the sentence states; null when it states none or two.</summary>
    private char? Approach(ReadNote note, NoteSentence sentence)
    {
        char? found = null;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (_approaches.TryGetValue(note.Tokens[t].Word, out var approach))
            {
                if (found is { } other && other != approach)
                {
                    return null;
                }

                found = approach;
            }
        }

        return found;
    }

    /// <summary>A procedure's 4-character row and its valid codes, or the full code its name gives.</summary>
    private sealed record Procedure(string Row, HashSet<string> Valid, string? Full);
}
