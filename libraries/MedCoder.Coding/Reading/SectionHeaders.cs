using System.Collections.Frozen;

namespace MedCoder.Coding.Reading;

/// <summary>
/// Recognises a US clinical note's section headers in their many spellings: the full names, their abbreviations (CC,
/// HPI, PMH, PSH, FH, SH, ROS, PE, A/P), the SOAP letters and the operative, discharge and radiology report headings.
/// A header is looked up whole first; a longer one ("PAST MEDICAL HISTORY/PROBLEM LIST", "DIAGNOSIS AT DISCHARGE") is
/// read by the words it contains. Headers that say nothing about coding (anesthesia, surgeon, dates, blood loss) are
/// recognised as <see cref="SectionKind.Other"/>, so that their words are never read as a condition. A study's name used
/// as a label ("CT:", "EKG:", "CBC:") is not a header: it names the procedure, and stays text of its section.
/// </summary>
public static class SectionHeaders
{
    /// <summary>More words than this is a sentence ending in a colon, not a header.</summary>
    public const int MaxWords = 7;

    private static readonly FrozenDictionary<string, SectionKind> Phrases = Build(
    [
        (SectionKind.ChiefComplaint, ["cc", "reason", "chief complaint", "chief complaints", "reason for visit", "reason for the visit", "reason for consultation",
            "reason for consult", "reason for referral", "reason for admission", "presenting complaint", "complaint", "reason for exam",
            "reason for examination", "reason for evaluation", "reason for encounter"]),
        (SectionKind.Hpi, ["hpi", "history of present illness", "history of the present illness", "history of presenting illness", "present illness",
            "subjective", "s", "interval history", "interval hx", "history", "hx", "clinical history", "clinical information", "brief history",
            "hpi/interval history", "history/hpi", "clinical indication", "clinical data"]),
        (SectionKind.PastMedicalHistory, ["pmh", "pmhx", "past medical history", "past medical hx", "medical history", "past history",
            "past medical and surgical history", "medical and surgical history", "pmh/psh", "problem list", "active problems", "past medical problems",
            "medical problems", "chronic problems"]),
        (SectionKind.PastSurgicalHistory, ["psh", "pshx", "past surgical history", "past surgical hx", "surgical history", "previous surgeries",
            "prior surgeries", "past procedures", "surgeries", "previous operations", "past operative history"]),
        (SectionKind.FamilyHistory, ["fh", "fhx", "family history", "family hx", "family medical history", "family"]),
        (SectionKind.SocialHistory, ["sh", "shx", "social history", "social hx", "habits", "tobacco", "tobacco use", "alcohol", "alcohol use", "drugs",
            "drug use", "illicit drugs", "substance use", "substance abuse", "smoking", "smoking status", "occupation", "living situation", "lifestyle", "social", "social habits"]),
        (SectionKind.Allergies, ["allergies", "allergy", "all", "drug allergies", "allergies/adverse reactions", "adverse reactions", "allergies and adverse reactions",
            "medication allergies", "known allergies"]),
        (SectionKind.Medications, ["medications", "medication", "meds", "current medications", "current meds", "home medications", "home meds",
            "outpatient medications", "current outpatient medications", "medications on admission", "admission medications", "discharge medications",
            "medications at discharge", "medication list", "active medications", "prior to admission medications", "current medication list"]),
        (SectionKind.Ros, ["ros", "review of systems", "review of system", "systems review"]),
        (SectionKind.Exam, ["pe", "physical examination", "physical exam", "exam", "examination", "objective", "o", "vital signs", "vitals", "vs",
            "physical findings", "exam findings", "examination findings"]),
        (SectionKind.Labs, ["labs", "lab", "laboratory", "laboratory data", "laboratory results", "laboratory studies", "laboratory values",
            "lab results", "lab data", "pertinent labs", "data", "diagnostic data", "results", "pertinent results"]),
        (SectionKind.Imaging, ["imaging", "radiology", "imaging studies", "radiographs", "diagnostic studies", "studies", "diagnostic imaging",
            "radiographic findings"]),
        (SectionKind.Assessment, ["assessment", "impression", "a", "a/p", "a&p", "assessment and plan", "assessment/plan", "assessment & plan",
            "impression and plan", "impression/plan", "clinical impression", "diagnosis", "diagnoses", "dx", "working diagnosis", "diagnostic impression", "ed diagnosis", "ed diagnoses",
            "emergency department diagnosis", "assessment/recommendations", "assessment and recommendations", "impression and recommendations",
            "conclusion", "conclusions", "summary of findings"]),
        (SectionKind.Plan, ["plan", "p", "recommendations", "recommendation", "plan of care", "treatment plan", "plan/recommendations"]),
        (SectionKind.PreoperativeDiagnosis, ["preoperative diagnosis", "preoperative diagnoses", "pre operative diagnosis", "pre operative diagnoses",
            "preop diagnosis", "pre op diagnosis", "preprocedure diagnosis", "pre procedure diagnosis", "preprocedural diagnosis", "preoperative dx",
            "pre op dx", "preop dx", "pre procedure dx", "preprocedure dx"]),
        (SectionKind.PostoperativeDiagnosis, ["postoperative diagnosis", "postoperative diagnoses", "post operative diagnosis", "post operative diagnoses",
            "postop diagnosis", "post op diagnosis", "postprocedure diagnosis", "post procedure diagnosis", "postprocedural diagnosis", "postoperative dx",
            "post op dx", "postop dx", "post procedure dx", "postprocedure dx"]),
        (SectionKind.Procedures, ["procedure", "procedures", "procedure performed", "procedures performed", "operation", "operation performed",
            "operations performed", "name of procedure", "name of operation", "title of operation", "title of procedure", "description of procedure",
            "description of the procedure", "description of operation", "procedure in detail", "details of procedure", "details of the procedure",
            "technique", "operative procedure", "operative procedures", "procedure description", "procedure note", "operative technique",
            "description", "procedure details", "operative description", "procedures done", "operative note", "surgical procedure"]),
        (SectionKind.Findings, ["findings", "finding", "operative findings", "intraoperative findings", "procedure findings"]),
        (SectionKind.Complications, ["complications", "complication", "intraoperative complications"]),
        // The diagnosis a stay began with is why the patient came in: the discharge diagnoses, when the note has them, are what is coded.
        (SectionKind.Indications, ["admitting diagnosis", "admitting diagnoses", "admission diagnosis", "admission diagnoses", "admit diagnosis",
            "admit diagnoses", "admitting dx", "admission dx", "admit dx"]),
        (SectionKind.Indications, ["indications", "indication", "indications for procedure", "indication for procedure", "indications for the procedure",
            "indications for operation", "indications for surgery", "reason for procedure", "indications for exam", "indication for exam"]),
        (SectionKind.DischargeDiagnoses, ["discharge diagnosis", "discharge diagnoses", "final diagnosis", "final diagnoses", "diagnosis at discharge",
            "diagnoses at discharge", "principal diagnosis", "secondary diagnosis", "secondary diagnoses", "primary diagnosis", "principal discharge diagnosis",
            "principal problem", "principal hospital problem", "active hospital problems", "hospital problems", "resolved hospital problems",
            "discharge impression", "final impression", "final clinical impression", "final clinical diagnosis", "discharge dx"]),
        (SectionKind.HospitalCourse, ["hospital course", "course", "ed course", "clinical course", "brief hospital course", "emergency department course",
            "summary of hospital course", "hospital course by problem", "mdm", "medical decision making", "course of treatment"]),
        (SectionKind.Other, ["anesthesia", "anesthesiologist", "anesthesia type", "type of anesthesia", "estimated blood loss", "ebl", "blood loss",
            "specimen", "specimens", "specimens removed", "drain", "drains", "fluids", "iv fluids", "implants", "surgeon", "surgeons", "assistant",
            "assistants", "attending", "attending physician", "date", "date of service", "date of surgery", "date of procedure", "date of operation",
            "date of admission", "admission date", "date of discharge", "discharge date", "disposition", "dispo", "return precautions", "condition", "condition at discharge",
            "discharge condition", "follow up", "followup", "follow up instructions", "discharge instructions", "instructions", "patient instructions",
            "code status", "signature", "dictated by", "time", "wound class", "tourniquet time", "counts", "consent", "operative report",
            "discharge summary", "history and physical", "progress note", "consultation", "consultation note", "clinic note", "office visit",
            "office note", "emergency department note", "ed note", "provider", "referring physician", "referring provider", "primary care physician",
            "pcp", "patient", "patient name", "name", "mrn", "dob", "age", "sex", "gender", "visit type", "length of stay", "urine output", "tubes",
            "medications given", "medications administered", "ed medications", "medications given in ed", "consultants", "consults", "diet",
            "activity", "diet and activity", "location", "position", "prep", "antibiotics", "blood products", "electronically signed by"]),
    ]);

    // Longer headers by the words they contain, most specific first; a word matches its plural too.
    private static readonly (string[][] AnyOf, string[]? AllOf, SectionKind Kind)[] WordRules =
    [
        ([["discharge"], ["final"], ["principal"], ["secondary"]], ["diagnosis"], SectionKind.DischargeDiagnoses),
        ([["postoperative"], ["postop"], ["postprocedure"], ["postprocedural"], ["post", "operative"], ["post", "op"], ["post", "procedure"]], ["diagnosis"], SectionKind.PostoperativeDiagnosis),
        ([["preoperative"], ["preop"], ["preprocedure"], ["preprocedural"], ["pre", "operative"], ["pre", "op"], ["pre", "procedure"]], ["diagnosis"], SectionKind.PreoperativeDiagnosis),
        ([["family"]], null, SectionKind.FamilyHistory),
        ([["social"]], null, SectionKind.SocialHistory),
        ([["allergy"]], null, SectionKind.Allergies),
        ([["review", "system"]], null, SectionKind.Ros),
        ([["present", "illness"]], null, SectionKind.Hpi),
        ([["surgical", "medical"], ["past", "medical"], ["medical", "history"]], null, SectionKind.PastMedicalHistory),
        ([["surgical"]], null, SectionKind.PastSurgicalHistory),
        ([["chief"], ["reason"], ["reason", "visit"], ["reason", "consultation"], ["reason", "consult"], ["reason", "referral"], ["reason", "admission"]], null, SectionKind.ChiefComplaint),
        ([["medication", "given"], ["medication", "administered"], ["medication", "received"]], null, SectionKind.Other),
        ([["medication"], ["meds"]], null, SectionKind.Medications),
        ([["indication"]], null, SectionKind.Indications),
        ([["complication"]], null, SectionKind.Complications),
        ([["finding"]], null, SectionKind.Findings),
        ([["course"]], null, SectionKind.HospitalCourse),
        ([["assessment"], ["impression"], ["diagnosis"]], null, SectionKind.Assessment),
        // "RECOMMENDATIONS / PROCEDURES": the procedures done are read as procedures, not as the plan.
        ([["procedure"], ["operation"], ["operative"]], null, SectionKind.Procedures),
        ([["plan"], ["recommendation"]], null, SectionKind.Plan),
        ([["physical"], ["exam"], ["examination"], ["vital"]], null, SectionKind.Exam),
        ([["laboratory"], ["lab"], ["labs"]], null, SectionKind.Labs),
        ([["imaging"], ["radiology"], ["radiographic"]], null, SectionKind.Imaging),
    ];

    /// <summary>The kind of a header's text ("HISTORY OF PRESENT ILLNESS", "Assessment/Plan", "PMH"), or null when it is not a known header.</summary>
    public static SectionKind? Of(ReadOnlySpan<char> header) => Of(header, byWords: true);

    /// <summary>Only the known header phrases, not longer headers read by their words: for a header run on inside a line.</summary>
    public static SectionKind? OfPhrase(ReadOnlySpan<char> header) => Of(header, byWords: false);

    private static SectionKind? Of(ReadOnlySpan<char> header, bool byWords)
    {
        var key = Key(header, out var wordCount);
        if (wordCount == 0 || wordCount > MaxWords)
        {
            return null;
        }

        if (Phrases.TryGetValue(key, out var kind))
        {
            return kind;
        }

        // One word is a header only as a known phrase: "Family: supportive" in a social history is text. Words joined by
        // "/" or "&" are several ("IMPRESSION/RECOMMENDATIONS").
        return byWords && (wordCount > 1 || key.AsSpan().IndexOfAny('/', '&') > 0) ? ByWords(key) : null;
    }

    private static SectionKind? ByWords(string key)
    {
        var words = key.Split([' ', '/', '&'], StringSplitOptions.RemoveEmptyEntries).Select(w => Singular(WordForms.Normalize(w))).ToHashSet(StringComparer.Ordinal);
        foreach (var (anyOf, allOf, kind) in WordRules)
        {
            if (Array.Exists(anyOf, group => Array.TrueForAll(group, words.Contains)) && (allOf is null || Array.TrueForAll(allOf, words.Contains)))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>"diagnoses" reads as "diagnose" once normalised; header words compare as their singular.</summary>
    private static string Singular(string word) => word == "diagnose" ? "diagnosis" : word;

    /// <summary>Lower case, words separated by one space; '/' and '&amp;' kept ("a/p"), other punctuation dropped, hyphens split words.</summary>
    private static string Key(ReadOnlySpan<char> header, out int wordCount)
    {
        Span<char> buffer = stackalloc char[Math.Min(header.Length, 128)];
        var length = 0;
        wordCount = 0;
        var inWord = false;
        foreach (var c in header.Length > buffer.Length ? header[..buffer.Length] : header)
        {
            // "ASSESSMENT / PLAN" and "A & P" are "assessment/plan" and "a&p": the joiner takes no spaces and is no word.
            if (c is '/' or '&')
            {
                if (length > 0 && buffer[length - 1] == ' ')
                {
                    length--;
                }

                if (length > 0 && buffer[length - 1] is not ('/' or '&'))
                {
                    buffer[length++] = c;
                }

                inWord = false;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var joined = length > 0 && buffer[length - 1] is '/' or '&';
                if (!inWord && length > 0 && !joined)
                {
                    buffer[length++] = ' ';
                }

                if (!inWord && !joined)
                {
                    wordCount++;
                }

                buffer[length++] = char.ToLowerInvariant(c);
                inWord = true;
            }
            else if (c is not '.' and not '\'')
            {
                inWord = false;
            }
        }

        return new string(buffer[..length]);
    }

    private static FrozenDictionary<string, SectionKind> Build((SectionKind Kind, string[] Phrases)[] table)
    {
        var phrases = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, list) in table)
        {
            foreach (var phrase in list)
            {
                phrases.Add(Key(phrase, out _), kind);
            }
        }

        return phrases.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
