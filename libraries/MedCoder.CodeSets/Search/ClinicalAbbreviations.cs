using System.Collections.Frozen;

namespace MedCoder.CodeSets.Search;

/// <summary>
/// Abbreviations coders and clinicians type, expanded to the words the code books use. Shared by the
/// code search and the note reader so both understand "CHF", "DM2" or "fx" the same way.
/// </summary>
public static class ClinicalAbbreviations
{
    private static readonly FrozenDictionary<string, string> Expansions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aaa"] = "abdominal aortic aneurysm",
        ["afib"] = "atrial fibrillation",
        ["af"] = "atrial fibrillation",
        ["aki"] = "acute kidney failure",
        ["arf"] = "acute kidney failure",
        ["bph"] = "benign prostatic hyperplasia",
        ["cad"] = "coronary artery disease",
        ["chf"] = "congestive heart failure",
        ["ckd"] = "chronic kidney disease",
        ["copd"] = "chronic obstructive pulmonary disease",
        ["cva"] = "cerebral infarction",
        ["dvt"] = "deep vein thrombosis",
        ["dm"] = "diabetes mellitus",
        ["dm1"] = "type 1 diabetes mellitus",
        ["dm2"] = "type 2 diabetes mellitus",
        ["t1dm"] = "type 1 diabetes mellitus",
        ["t2dm"] = "type 2 diabetes mellitus",
        ["iddm"] = "type 1 diabetes mellitus",
        ["niddm"] = "type 2 diabetes mellitus",
        ["esrd"] = "end stage renal disease",
        ["fx"] = "fracture",
        ["fxs"] = "fracture",
        ["gerd"] = "gastro-esophageal reflux disease",
        ["gi"] = "gastrointestinal",
        ["hld"] = "hyperlipidemia",
        ["htn"] = "hypertension",
        ["hx"] = "history",
        ["lt"] = "left",
        ["rt"] = "right",
        ["lle"] = "left lower limb",
        ["rle"] = "right lower limb",
        ["lue"] = "left upper limb",
        ["rue"] = "right upper limb",
        ["mi"] = "myocardial infarction",
        ["nstemi"] = "non-st elevation myocardial infarction",
        ["stemi"] = "st elevation myocardial infarction",
        ["oa"] = "osteoarthritis",
        ["pe"] = "pulmonary embolism",
        ["pna"] = "pneumonia",
        ["pvd"] = "peripheral vascular disease",
        ["ra"] = "rheumatoid arthritis",
        ["sob"] = "shortness of breath",
        ["tia"] = "transient cerebral ischemic attack",
        ["uri"] = "acute upper respiratory infection",
        ["uti"] = "urinary tract infection",
        ["ams"] = "altered mental status",
        ["ards"] = "acute respiratory distress syndrome",
        ["c/o"] = "complains of",
        ["cp"] = "chest pain",
        ["h/o"] = "history of",
        ["hf"] = "heart failure",
        ["hfref"] = "systolic heart failure",
        ["hfpef"] = "diastolic heart failure",
        ["n/v"] = "nausea vomiting",
        ["osa"] = "obstructive sleep apnea",
        ["r/o"] = "rule out",
        ["s/p"] = "status post",
        ["ugib"] = "upper gastrointestinal bleeding",
        ["ckd3"] = "chronic kidney disease stage 3",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The expansion of a lower-case word, or null when it is not a known abbreviation.</summary>
    public static string? Expand(string word) => Expansions.GetValueOrDefault(word);
}
