namespace MedCoder.Coding.Rules;

/// <summary>What a status phrase documents, which decides where and how it counts (see <see cref="StatusStatements"/>).</summary>
public enum StatusKind
{
    /// <summary>A substance on the allergy list: allergy status (Z88, Z91.0-).</summary>
    Allergen,

    /// <summary>A drug the patient takes: long-term drug therapy (Z79.-).</summary>
    LongTermDrug,

    /// <summary>A device or state the patient has now (pacemaker, dialysis, colostomy).</summary>
    Device,

    /// <summary>A past operation that leaves a status (CABG, joint replacement, transplant): only when stated as past.</summary>
    Operation,

    /// <summary>Tobacco use read from a social history (<see cref="TobaccoUse"/>).</summary>
    Tobacco,

    /// <summary>Why the patient came (pre-operative evaluation, screening, suture removal): first-listed (Guidelines IV).</summary>
    EncounterReason,
}

/// <summary>A status phrase's code; <see cref="Sided"/> codes end in the side (1 right, 2 left, 3 bilateral, 9 unspecified).</summary>
public readonly record struct StatusCode(StatusKind Kind, string Code, bool Sided = false);

/// <summary>
/// The phrases of status codes, written from the FY2026 code titles and the words notes use for them (brand and generic
/// drug names, operation abbreviations). Codes without dots.
/// </summary>
public static class StatusPhrases
{
    /// <summary>Every phrase with the codes it may stand for ("aspirin": an allergy on the allergy list, a long-term drug on the medication list).</summary>
    public static IEnumerable<(string Phrase, StatusCode[] Codes)> All =>
        Allergens.Concat(LongTermDrugs).Concat(Devices).Concat(Operations).Concat(EncounterReasons)
            .SelectMany(entry => entry.Phrases.Select(phrase => (Phrase: phrase, entry.Code)))
            .GroupBy(p => p.Phrase, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.Code).ToArray()));

    /// <summary>Guidelines I.C.21.c.3: allergy status to drugs by class; latex, contrast and common foods (Z91.0-).</summary>
    private static readonly (StatusCode Code, string[] Phrases)[] Allergens =
    [
        (new(StatusKind.Allergen, "Z880"), ["penicillin", "penicillins", "pcn", "amoxicillin", "ampicillin", "augmentin", "nafcillin", "dicloxacillin", "piperacillin"]),
        (new(StatusKind.Allergen, "Z881"), ["cephalosporin", "cephalosporins", "cephalexin", "keflex", "cefazolin", "ancef", "ceftriaxone", "rocephin", "cefdinir",
            "erythromycin", "azithromycin", "zithromax", "z pack", "clarithromycin", "ciprofloxacin", "cipro", "levofloxacin", "levaquin", "moxifloxacin",
            "fluoroquinolone", "fluoroquinolones", "quinolone", "quinolones", "doxycycline", "tetracycline", "minocycline", "vancomycin", "clindamycin",
            "gentamicin", "macrolide", "macrolides", "nitrofurantoin", "macrobid", "metronidazole", "flagyl", "linezolid"]),
        (new(StatusKind.Allergen, "Z882"), ["sulfa", "sulfa drugs", "sulfonamide", "sulfonamides", "sulfamethoxazole", "bactrim", "septra"]),
        (new(StatusKind.Allergen, "Z884"), ["lidocaine", "novocaine", "procaine", "local anesthetic", "local anesthetics", "anesthesia"]),
        (new(StatusKind.Allergen, "Z885"), ["morphine", "codeine", "hydrocodone", "oxycodone", "percocet", "vicodin", "norco", "dilaudid", "hydromorphone",
            "demerol", "meperidine", "tramadol", "ultram", "fentanyl", "opioid", "opioids", "opiate", "opiates", "narcotic", "narcotics"]),
        (new(StatusKind.Allergen, "Z886"), ["aspirin", "asa", "nsaid", "nsaids", "ibuprofen", "motrin", "advil", "naproxen", "aleve", "celecoxib", "celebrex",
            "ketorolac", "toradol", "acetaminophen", "tylenol"]),
        (new(StatusKind.Allergen, "Z887"), ["vaccine", "vaccines", "flu shot", "influenza vaccine", "tetanus"]),
        (new(StatusKind.Allergen, "Z888"), ["ace inhibitor", "ace inhibitors", "lisinopril", "statin", "statins", "heparin", "gabapentin", "metformin"]),
        (new(StatusKind.Allergen, "Z91041"), ["contrast", "iv contrast", "contrast dye", "iodinated contrast", "iodine", "radiographic dye"]),
        (new(StatusKind.Allergen, "Z91040"), ["latex"]),
        (new(StatusKind.Allergen, "Z91010"), ["peanut", "peanuts"]),
        (new(StatusKind.Allergen, "Z91013"), ["shellfish", "seafood", "shrimp"]),
        (new(StatusKind.Allergen, "Z91030"), ["bee sting", "bee stings", "bees"]),
    ];

    /// <summary>
    /// I.C.21.c.3 long-term (current) drug use; I.C.4.a.3: insulin (Z79.4), oral hypoglycemics (Z79.84) and injectable
    /// non-insulin antidiabetics (Z79.85), each assigned when taken; inhaled and long-term systemic steroids, bisphosphonates,
    /// estrogen-receptor agents, immunosuppressants and antimetabolites by their FY2026 codes. Only classes a medication
    /// list documents as long-term; no Z79.899 for any other drug.
    /// </summary>
    private static readonly (StatusCode Code, string[] Phrases)[] LongTermDrugs =
    [
        (new(StatusKind.LongTermDrug, "Z7901"), ["warfarin", "coumadin", "jantoven", "apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa",
            "edoxaban", "savaysa"]),
        (new(StatusKind.LongTermDrug, "Z7902"), ["clopidogrel", "plavix", "prasugrel", "effient", "ticagrelor", "brilinta"]),
        (new(StatusKind.LongTermDrug, "Z794"), ["insulin", "lantus", "glargine", "levemir", "detemir", "tresiba", "degludec", "humalog", "lispro", "novolog",
            "aspart", "humulin", "novolin", "toujeo", "basaglar"]),
        (new(StatusKind.LongTermDrug, "Z7984"), ["metformin", "glucophage", "glipizide", "glucotrol", "glyburide", "glimepiride", "amaryl", "sitagliptin",
            "januvia", "janumet", "linagliptin", "tradjenta", "saxagliptin", "pioglitazone", "actos", "empagliflozin", "jardiance", "dapagliflozin",
            "farxiga", "canagliflozin", "invokana", "rybelsus"]),
        (new(StatusKind.LongTermDrug, "Z7985"), ["ozempic", "semaglutide", "liraglutide", "victoza", "dulaglutide", "trulicity", "exenatide", "byetta",
            "bydureon", "tirzepatide", "mounjaro"]),
        (new(StatusKind.LongTermDrug, "Z7982"), ["aspirin", "asa", "baby aspirin"]),

        // Inhaled steroids by their inhalers (a nasal fluticasone spray is not one, so the bare generic names are left out).
        (new(StatusKind.LongTermDrug, "Z7951"), ["inhaled corticosteroid", "inhaled corticosteroids", "inhaled steroid", "inhaled steroids", "advair", "wixela",
            "fluticasone salmeterol", "fluticasone propionate salmeterol", "breo", "fluticasone furoate vilanterol", "fluticasone vilanterol", "trelegy",
            "fluticasone furoate umeclidinium vilanterol", "fluticasone umeclidinium vilanterol", "symbicort", "budesonide formoterol", "breztri", "dulera",
            "mometasone formoterol", "flovent", "fluticasone inhaler", "qvar", "beclomethasone", "pulmicort", "budesonide inhaler", "arnuity", "asmanex",
            "alvesco", "ciclesonide", "airduo"]),

        // Systemic steroids only when the list says they are taken long-term; a burst or taper is not (I.C.21.c.3).
        (new(StatusKind.LongTermDrug, "Z7952"), ["chronic prednisone", "long term prednisone", "chronic steroid", "chronic steroids", "long term steroid",
            "long term steroids", "chronic corticosteroid", "chronic corticosteroids", "maintenance prednisone",
            // A low daily dose is maintenance (a burst is 20–60 mg); adrenal replacement is lifelong.
            "prednisone 2.5 mg daily", "prednisone 5 mg daily", "prednisone 7.5 mg daily", "prednisone 5 mg", "prednisone 2.5 mg", "fludrocortisone"]),
        // Antiretroviral therapy for HIV (Z79.899, other long-term drug therapy); PrEP's tenofovir alone is left out: it may be a partner's.
        (new(StatusKind.LongTermDrug, "Z79899"), ["antiretroviral therapy", "antiretrovirals", "biktarvy", "bictegravir", "dolutegravir", "tivicay", "triumeq",
            "genvoya", "odefsey", "symtuza", "dovato", "juluca", "cabenuva"]),
        (new(StatusKind.LongTermDrug, "Z7983"), ["alendronate", "fosamax", "risedronate", "actonel", "atelvia", "ibandronate", "boniva", "zoledronic acid",
            "reclast", "bisphosphonate"]),
        (new(StatusKind.LongTermDrug, "Z79810"), ["tamoxifen", "raloxifene", "evista"]),
        (new(StatusKind.LongTermDrug, "Z79811"), ["anastrozole", "arimidex", "letrozole", "femara", "exemestane", "aromasin", "aromatase inhibitor"]),
        (new(StatusKind.LongTermDrug, "Z79620"), ["adalimumab", "humira", "etanercept", "enbrel", "infliximab", "remicade", "certolizumab", "cimzia",
            "golimumab", "simponi", "ustekinumab", "stelara", "secukinumab", "cosentyx", "ixekizumab", "taltz", "vedolizumab", "entyvio", "tocilizumab",
            "actemra", "abatacept", "orencia", "risankizumab", "skyrizi", "guselkumab", "tremfya"]),
        (new(StatusKind.LongTermDrug, "Z79621"), ["tacrolimus", "prograf", "cyclosporine", "neoral", "sandimmune"]),
        (new(StatusKind.LongTermDrug, "Z79622"), ["tofacitinib", "xeljanz", "upadacitinib", "rinvoq", "baricitinib", "olumiant"]),
        (new(StatusKind.LongTermDrug, "Z79624"), ["mycophenolate", "cellcept", "myfortic", "azathioprine", "imuran", "leflunomide", "arava"]),
        (new(StatusKind.LongTermDrug, "Z79631"), ["methotrexate"]),
    ];

    /// <summary>Devices and dependences present now (Z95, Z93, Z96.41, Z99.2, Z99.81).</summary>
    private static readonly (StatusCode Code, string[] Phrases)[] Devices =
    [
        (new(StatusKind.Device, "Z950"), ["pacemaker", "permanent pacemaker", "cardiac pacemaker"]),
        (new(StatusKind.Device, "Z95810"), ["aicd", "implantable cardioverter defibrillator", "implantable cardiac defibrillator", "automatic implantable cardioverter defibrillator"]),
        (new(StatusKind.Device, "Z955"), ["coronary stent", "coronary stents", "coronary artery stent", "cardiac stent", "cardiac stents", "drug eluting stent",
            "drug eluting stents", "bare metal stent"]),
        (new(StatusKind.Device, "Z952"), ["prosthetic heart valve", "prosthetic valve", "mechanical valve", "mechanical heart valve", "mechanical aortic valve",
            "mechanical mitral valve"]),
        (new(StatusKind.Device, "Z992"), ["on hemodialysis", "on dialysis", "on peritoneal dialysis", "dialysis dependent", "dependent on dialysis",
            "hemodialysis dependent"]),
        (new(StatusKind.Device, "Z9981"), ["home oxygen", "on oxygen", "supplemental oxygen", "oxygen dependent", "dependent on oxygen", "chronic oxygen",
            "home o2", "on home o2"]),
        (new(StatusKind.Device, "Z930"), ["tracheostomy tube", "trach tube"]),
        (new(StatusKind.Device, "Z931"), ["gastrostomy tube", "peg tube", "g tube"]),
        (new(StatusKind.Device, "Z933"), ["colostomy bag"]),
        (new(StatusKind.Device, "Z9641"), ["insulin pump"]),
    ];

    /// <summary>Operations that leave a status (Z95.1, Z95.2, Z96.6-, Z94.-, Z98.84); joint codes take the documented side.</summary>
    private static readonly (StatusCode Code, string[] Phrases)[] Operations =
    [
        (new(StatusKind.Operation, "Z951"), ["cabg", "coronary artery bypass graft", "coronary artery bypass grafting", "coronary artery bypass", "coronary bypass",
            "coronary bypass surgery", "aortocoronary bypass"]),
        (new(StatusKind.Operation, "Z952"), ["valve replacement", "aortic valve replacement", "mitral valve replacement", "avr", "tavr", "tavi", "mvr"]),
        (new(StatusKind.Operation, "Z9665", Sided: true), ["total knee replacement", "total knee arthroplasty", "knee replacement", "knee arthroplasty", "tka", "tkr"]),
        (new(StatusKind.Operation, "Z9664", Sided: true), ["total hip replacement", "total hip arthroplasty", "hip replacement", "hip arthroplasty", "tha", "thr"]),
        (new(StatusKind.Operation, "Z9661", Sided: true), ["shoulder replacement", "shoulder arthroplasty", "total shoulder arthroplasty"]),
        (new(StatusKind.Operation, "Z940"), ["kidney transplant", "renal transplant", "kidney transplantation", "renal transplantation"]),
        (new(StatusKind.Operation, "Z941"), ["heart transplant", "cardiac transplant", "heart transplantation"]),
        (new(StatusKind.Operation, "Z942"), ["lung transplant", "lung transplantation"]),
        (new(StatusKind.Operation, "Z944"), ["liver transplant", "liver transplantation", "hepatic transplant"]),
        // An opening made by an operation: the operation itself may be this encounter's ("a gastrostomy was performed").
        (new(StatusKind.Operation, "Z930"), ["tracheostomy"]),
        (new(StatusKind.Operation, "Z931"), ["gastrostomy"]),
        (new(StatusKind.Operation, "Z932"), ["ileostomy"]),
        (new(StatusKind.Operation, "Z933"), ["colostomy"]),
        (new(StatusKind.Operation, "Z9884"), ["gastric bypass", "roux en y gastric bypass", "sleeve gastrectomy", "gastric sleeve", "bariatric surgery", "lap band",
            "gastric banding"]),
    ];

    /// <summary>Reasons for an encounter that Guidelines IV and I.C.21.c sequence first.</summary>
    private static readonly (StatusCode Code, string[] Phrases)[] EncounterReasons =
    [
        (new(StatusKind.EncounterReason, "Z01818"), ["preoperative evaluation", "pre operative evaluation", "preop evaluation", "pre op evaluation",
            "preoperative clearance", "preop clearance", "pre op clearance", "pre operative clearance", "preoperative examination", "preoperative exam",
            "pre operative examination", "preoperative assessment", "pre operative assessment", "preoperative medical evaluation",
            "preoperative risk assessment", "preoperative consultation", "surgical clearance", "medical clearance", "clearance for surgery",
            "preprocedural evaluation", "preprocedure evaluation", "pre procedure evaluation", "preoperative physical"]),
        (new(StatusKind.EncounterReason, "Z01810"), ["cardiac clearance", "cardiology clearance", "cardiovascular clearance", "preoperative cardiac evaluation",
            "preoperative cardiovascular evaluation", "preoperative cardiovascular examination", "preoperative cardiac examination",
            "pre operative cardiac evaluation", "preop cardiac evaluation"]),
        (new(StatusKind.EncounterReason, "Z01811"), ["pulmonary clearance", "preoperative pulmonary evaluation", "preoperative respiratory examination",
            "preoperative pulmonary examination"]),
        (new(StatusKind.EncounterReason, "Z1211"), ["screening colonoscopy", "colon cancer screening", "colorectal cancer screening", "screening for colon cancer",
            "screening for colorectal cancer", "colonoscopy for screening"]),
        (new(StatusKind.EncounterReason, "Z1231"), ["screening mammogram", "screening mammography", "breast cancer screening", "screening for breast cancer"]),
        (new(StatusKind.EncounterReason, "Z125"), ["prostate cancer screening", "screening for prostate cancer", "psa screening", "screening psa"]),
        (new(StatusKind.EncounterReason, "Z122"), ["lung cancer screening", "screening for lung cancer", "low dose ct lung screening"]),
        (new(StatusKind.EncounterReason, "Z131"), ["diabetes screening", "screening for diabetes"]),
        (new(StatusKind.EncounterReason, "Z09"), ["surveillance colonoscopy", "follow up after completed treatment", "follow up examination after treatment"]),
        (new(StatusKind.EncounterReason, "Z4802"), ["suture removal", "removal of sutures", "staple removal", "removal of staples"]),

        // General examinations (I.C.21.c.13): the adult code here, the child's and the abnormal-findings variants by GeneralExaminations.
        (new(StatusKind.EncounterReason, GeneralExaminations.Adult), ["annual physical", "routine physical", "annual exam", "annual physical exam",
            "annual physical examination", "routine adult health examination", "general adult medical examination", "adult health examination",
            "annual preventive visit", "wellness exam", "wellness visit", "annual wellness visit", "health maintenance exam", "complete physical",
            "routine health examination", "routine medical examination"]),
        (new(StatusKind.EncounterReason, GeneralExaminations.Child), ["well child exam", "well child check", "well child visit", "well visit",
            "well child examination", "well baby check", "well baby visit"]),
    ];
}
