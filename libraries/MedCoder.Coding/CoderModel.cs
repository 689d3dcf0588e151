using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Learning;
using MedCoder.Coding.Matching;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding;

/// <summary>A learned n-gram's codes, resolved against one edition: (system, code without dot, precision).</summary>
public readonly record struct LearnedTarget(string System, string Code, double Precision, int Support, int Attested, double AttestedPrecision);

/// <summary>Everything compiled for one ICD-10-CM edition: vocabulary, dictionary, learned-lexicon trie, hierarchy.</summary>
public sealed class CoderModel
{
    /// <summary>Synonyms the code book lacks as plain phrases; each maps to the code a coder assigns for the bare phrase.</summary>
    public static readonly (string Phrase, string Code)[] Curated =
    [
        ("diabetes mellitus", "E11.9"), ("diabetes", "E11.9"), ("diabetic", "E11.9"),
        ("hypertension", "I10"), ("high blood pressure", "I10"),
        ("heart failure", "I50.9"), ("congestive heart failure", "I50.9"), ("cardiac failure", "I50.9"),
        ("respiratory failure", "J96.90"), ("sepsis", "A41.9"), ("septicemia", "A41.9"),
        ("pneumonia", "J18.9"), ("fever", "R50.9"), ("pain", "R52"), ("anemia", "D64.9"),
        ("chronic kidney disease", "N18.9"), ("acute kidney injury", "N17.9"), ("renal failure", "N19"),
        ("urinary tract infection", "N39.0"), ("weight loss", "R63.4"), ("hematuria", "R31.9"),

        // Where the title's organ is a noun and the note's an adjective, or the Index names the condition another way:
        // "ureteral calculus" is the ureter's (not a gallstone), "coronary artery disease" the heart's (not I77.9 "disorder
        // of arteries"), "renal artery stenosis" atherosclerotic (not Q25.6, the pulmonary artery's).
        ("ureteral calculus", "N20.1"), ("ureteral stone", "N20.1"), ("ureteric calculus", "N20.1"), ("ureterolithiasis", "N20.1"),
        ("coronary artery disease", "I25.10"), ("renal artery stenosis", "I70.1"),
        // "Single-vessel coronary artery disease" counts diseased vessels; it is not the congenital "single coronary artery" (Q24.5).
        ("single vessel coronary artery disease", "I25.10"), ("two vessel coronary artery disease", "I25.10"),
        ("three vessel coronary artery disease", "I25.10"), ("multivessel coronary artery disease", "I25.10"),

        // An electrocardiogram's finding, not the mood disorder its last word names ("mild ST depressions" was F32.9).
        ("ST depression", "R94.31"), ("ST segment depression", "R94.31"), ("ST elevation", "R94.31"),
        // Symptomatic HIV is the disease (I.C.1.a: B20 for HIV disease or infection the provider confirms; Z21 only for
        // "HIV positive" without symptoms, which its own title says). An adult's aphasia is R47.01, not the developmental F80.-.
        // Gestational diabetes is its own category (O24.4-), not the type 2 diabetes the word "diabetes" alone reads as.
        ("gestational diabetes", "O24.419"), ("gestational diabetes mellitus", "O24.419"), ("GDM", "O24.419"),
        ("diet controlled gestational diabetes", "O24.410"), ("gestational diabetes diet controlled", "O24.410"),
        ("acute calculous cholecystitis", "K80.00"), ("chronic calculous cholecystitis", "K80.10"),
        ("bleeding duodenal ulcer", "K26.4"), ("bleeding gastric ulcer", "K25.4"), ("bleeding peptic ulcer", "K27.4"),
        ("parapneumonic effusion", "J91.8"), ("parapneumonic pleural effusion", "J91.8"), ("angioedema", "T78.3XXA"),
        ("Lyme", "A69.20"), ("Lyme disease", "A69.20"),
        // US wordings of the Index's "Ingrowing nail" (L60.0) and of menorrhagia's "heavy periods" (N92.0, an inclusion term).
        ("ingrown toenail", "L60.0"), ("ingrown nail", "L60.0"), ("ingrown toe nail", "L60.0"),
        ("heavy menstrual bleeding", "N92.0"), ("heavy menses", "N92.0"),
        // Methicillin-resistant or -susceptible Staphylococcus aureus by its letters, in the infections the Index combines with it
        // (Pneumonia, staphylococcal, aureus, methicillin resistant J15.212; Sepsis, staphylococcal, aureus, methicillin resistant A41.02).
        ("MRSA pneumonia", "J15.212"), ("MSSA pneumonia", "J15.211"), ("MRSA sepsis", "A41.02"), ("MSSA sepsis", "A41.01"),
        ("MRSA infection", "A49.02"), ("MSSA infection", "A49.01"), ("MRSA", "A49.02"), ("MSSA", "A49.01"),
        // The routine visit after a delivery (the Index: Admission, follow-up, postpartum, routine Z39.2).
        ("routine postpartum exam", "Z39.2"), ("routine postpartum visit", "Z39.2"), ("postpartum check", "Z39.2"), ("routine postpartum follow-up", "Z39.2"),
        // A repeat contraceptive injection is the method's surveillance (the Index: Surveillance, contraceptive, injectable Z30.42).
        ("continuing injectable contraception", "Z30.42"), ("Depo-Provera injection", "Z30.42"), ("repeat Depo-Provera", "Z30.42"),
        // A newborn of a mother with gestational diabetes (the Index: Syndrome, infant of mother with gestational diabetes P70.0).
        ("infant of gestational diabetic mother", "P70.0"), ("infant of a gestational diabetic mother", "P70.0"), ("IGDM", "P70.0"),
        // An infected joint replacement as orthopaedics words it (the Index: Complication, joint prosthesis, infection, by joint and side).
        ("periprosthetic joint infection right knee", "T84.53XA"), ("periprosthetic joint infection left knee", "T84.54XA"),
        ("periprosthetic joint infection right hip", "T84.51XA"), ("periprosthetic joint infection left hip", "T84.52XA"),
        ("infected right total knee arthroplasty", "T84.53XA"), ("infected left total knee arthroplasty", "T84.54XA"),
        ("infected right total hip arthroplasty", "T84.51XA"), ("infected left total hip arthroplasty", "T84.52XA"),
        // A disc's displacement as imaging and spine notes word it (the Index: Displacement, intervertebral disc, by region; a bulge
        // is a displacement too): "lumbar disc herniation" is M51.26 ("Other intervertebral disc displacement, lumbar region").
        ("cervical disc herniation", "M50.20"), ("cervical herniated disc", "M50.20"), ("cervical disc protrusion", "M50.20"), ("cervical disc extrusion", "M50.20"), ("cervical disc bulge", "M50.20"),
        ("cervical bulging disc", "M50.20"), ("cervical herniated nucleus pulposus", "M50.20"), ("thoracic disc herniation", "M51.24"), ("thoracic herniated disc", "M51.24"), ("thoracic disc protrusion", "M51.24"),
        ("thoracic disc extrusion", "M51.24"), ("thoracic disc bulge", "M51.24"), ("thoracic bulging disc", "M51.24"), ("thoracic herniated nucleus pulposus", "M51.24"), ("thoracolumbar disc herniation", "M51.25"),
        ("thoracolumbar herniated disc", "M51.25"), ("thoracolumbar disc protrusion", "M51.25"), ("thoracolumbar disc extrusion", "M51.25"), ("thoracolumbar disc bulge", "M51.25"), ("thoracolumbar bulging disc", "M51.25"),
        ("thoracolumbar herniated nucleus pulposus", "M51.25"), ("lumbar disc herniation", "M51.26"), ("lumbar herniated disc", "M51.26"), ("lumbar disc protrusion", "M51.26"), ("lumbar disc extrusion", "M51.26"),
        ("lumbar disc bulge", "M51.26"), ("lumbar bulging disc", "M51.26"), ("lumbar herniated nucleus pulposus", "M51.26"), ("lumbosacral disc herniation", "M51.27"), ("lumbosacral herniated disc", "M51.27"),
        ("lumbosacral disc protrusion", "M51.27"), ("lumbosacral disc extrusion", "M51.27"), ("lumbosacral disc bulge", "M51.27"), ("lumbosacral bulging disc", "M51.27"), ("lumbosacral herniated nucleus pulposus", "M51.27"),
        // The Index's main term "Croup" (J05.0), one word too plain for a lone index name; "croup (acute laryngotracheitis)"
        // is the croup the parenthesis explains.
        // A uterine scar from a previous cesarean as obstetric notes word it (the Index: Delivery, cesarean, previous cesarean
        // delivery O34.21-; "low transverse" is the scar's type, O34.211).
        ("previous low transverse cesarean", "O34.211"), ("prior low transverse cesarean", "O34.211"), ("repeat low transverse cesarean", "O34.211"),
        ("previous cesarean section", "O34.219"), ("prior cesarean section", "O34.219"), ("prior cesarean", "O34.219"), ("repeat cesarean", "O34.219"),
        ("croup", "J05.0"),
        // The Index's "Sterilization (admission) (encounter for)" Z30.2, a word too plain for a lone index name.
        ("sterilization", "Z30.2"), ("permanent sterilization", "Z30.2"),
        // Dysphagia by phase as speech pathology names it (the Index: Dysphagia, oral phase R13.11, oropharyngeal phase R13.12 ...).
        ("oral dysphagia", "R13.11"), ("oral phase dysphagia", "R13.11"), ("oropharyngeal dysphagia", "R13.12"),
        ("pharyngeal dysphagia", "R13.13"), ("pharyngoesophageal dysphagia", "R13.14"),
        // Internal hemorrhoids by grade (the Index: Hemorrhoids, 1st degree (grade/stage I) K64.0 ... 4th degree K64.3).
        ("grade I internal hemorrhoids", "K64.0"), ("grade 1 internal hemorrhoids", "K64.0"), ("first degree internal hemorrhoids", "K64.0"), ("grade I hemorrhoids", "K64.0"),
        ("grade II internal hemorrhoids", "K64.1"), ("grade 2 internal hemorrhoids", "K64.1"), ("second degree internal hemorrhoids", "K64.1"), ("grade II hemorrhoids", "K64.1"),
        ("grade III internal hemorrhoids", "K64.2"), ("grade 3 internal hemorrhoids", "K64.2"), ("third degree internal hemorrhoids", "K64.2"), ("grade III hemorrhoids", "K64.2"),
        ("grade IV internal hemorrhoids", "K64.3"), ("grade 4 internal hemorrhoids", "K64.3"), ("fourth degree internal hemorrhoids", "K64.3"), ("grade IV hemorrhoids", "K64.3"),
        ("second degree hemorrhoids", "K64.1"), ("first degree hemorrhoids", "K64.0"), ("third degree hemorrhoids", "K64.2"), ("fourth degree hemorrhoids", "K64.3"), ("croup acute laryngotracheitis", "J05.0"), ("croup laryngotracheitis", "J05.0"),
        ("HIV disease", "B20"), ("HIV infection", "B20"),
        ("aphasia", "R47.01"), ("expressive aphasia", "R47.01"), ("receptive aphasia", "R47.01"), ("global aphasia", "R47.01"),
        ("smoking cessation counseling", "Z71.6"), ("tobacco cessation counseling", "Z71.6"),
        // Aftercare and the joint it replaced, as an orthopedic follow-up words them (the Index: Aftercare, following surgery, joint replacement).
        ("aftercare hip replacement", "Z47.1"), ("aftercare knee replacement", "Z47.1"), ("aftercare shoulder replacement", "Z47.1"),
        ("aftercare joint replacement", "Z47.1"), ("aftercare arthroplasty", "Z47.1"),
        ("hip prosthesis", "Z96.649"), ("knee prosthesis", "Z96.659"), ("shoulder prosthesis", "Z96.619"),
        // The title's bracketed abbreviation and the Index's "second-hand" modifier, as notes write them.
        ("elevated PSA", "R97.20"), ("rising PSA", "R97.20"), ("elevated prostate specific antigen", "R97.20"),
        ("secondhand smoke", "Z77.22"), ("second hand smoke", "Z77.22"), ("passive smoking", "Z77.22"),
        ("ER positive", "Z17.0"), ("estrogen receptor positive", "Z17.0"),
        // A stage written without the word: "CKD 3b", "chronic kidney disease 4".
        ("chronic kidney disease 1", "N18.1"), ("chronic kidney disease 2", "N18.2"), ("chronic kidney disease 3a", "N18.31"),
        ("chronic kidney disease 3b", "N18.32"), ("chronic kidney disease 4", "N18.4"), ("chronic kidney disease 5", "N18.5"),
        ("seropositive rheumatoid arthritis multiple sites", "M05.79"), ("seropositive rheumatoid arthritis multiple joints", "M05.79"),
    ];

    public CoderModel(Icd10CmEdition edition, Icd10PcsRelease? pcs, LearnedLexicon lexicon, bool partialProcedures = false)
    {
        Edition = edition;
        Pcs = pcs;
        SpecificityDoubt = new SpecificityDoubt(edition.Codes);
        StatedSide = new StatedSide(edition.Codes);
        // Claim rules only: compiled on a claim's first use, so the index purpose (CodiEsp) does not build them.
        _drugEffects = new Lazy<DrugEffects>(() => new DrugEffects(edition.Drugs));
        _procedures = new Lazy<ProcedureStatements>(() => new ProcedureStatements(pcs));
        _fractureSites = new Lazy<FractureSites>(() => new FractureSites(edition.AlphabeticIndex, edition.Codes));
        _pcsRows = partialProcedures && pcs is not null
            ? pcs.Rows.Where(r => r.Valid).Select(r => r.Code[..PartialPcsLength]).ToHashSet(StringComparer.Ordinal)
            : [];
        Lexicon = lexicon;
        Hierarchy = new CodeHierarchy(edition);
        var vocabulary = new Vocabulary.Builder();
        var procedures = pcs is null ? [] : ImagingTerms.Of(pcs, partialProcedures).Concat(SurgicalTerms.Of(pcs, partialProcedures));
        var terms = TermDictionary.BuildTerms(edition, Hierarchy, vocabulary, Curated, procedures);

        var trie = new TokenTrie.Builder();
        var targets = new List<List<LearnedTarget>>();
        var ids = new List<int>(4);
        foreach (var entry in lexicon.Entries)
        {
            if (Resolve(entry) is not { } target)
            {
                continue;
            }

            ids.Clear();
            foreach (var word in entry.Words)
            {
                ids.Add(vocabulary.Add(word));
            }

            if (trie.Add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids), targets.Count))
            {
                targets.Add([target]);
            }
            else
            {
                // Same n-gram, another code: find its payload by walking the phrase again after Build; simpler to keep a map.
                _pendingExtra.Add((string.Join(' ', entry.Words), target));
            }
        }

        Vocabulary = vocabulary.Build();
        Dictionary = new TermDictionary(terms, Vocabulary.Count, Vocabulary.IdOf("with"), Vocabulary.IdOf("without"));
        Trie = trie.Build();
        foreach (var (phrase, target) in _pendingExtra)
        {
            var node = TokenTrie.Root;
            foreach (var word in phrase.Split(' '))
            {
                node = Trie.Step(node, Vocabulary.IdOf(word));
            }

            if (node >= 0 && Trie.Payload(node) is var payload and >= 0)
            {
                targets[payload].Add(target);
            }
        }

        _pendingExtra.Clear();
        Targets = targets.Select(t => t.ToArray()).ToArray();
    }

    /// <summary>A procedure indexed without approach, device and qualifier: section, body system, operation, body part.</summary>
    public const int PartialPcsLength = 4;

    private readonly List<(string Phrase, LearnedTarget Target)> _pendingExtra = [];

    /// <summary>4-character PCS prefixes of valid codes, when partial procedures may be indexed.</summary>
    private readonly HashSet<string> _pcsRows;
    private readonly Lazy<DrugEffects> _drugEffects;
    private readonly Lazy<FractureSites> _fractureSites;
    private readonly Lazy<ProcedureStatements> _procedures;

    public Icd10CmEdition Edition { get; }

    /// <summary>Full ICD-10-PCS codes of the procedures an inpatient note states with their approach.</summary>
    public ProcedureStatements Procedures => _procedures.Value;

    /// <summary>Poisoning, adverse-effect and underdosing codes from the edition's Table of Drugs and Chemicals.</summary>
    public DrugEffects DrugEffects => _drugEffects.Value;

    public FractureSites FractureSites => _fractureSites.Value;

    public Icd10PcsRelease? Pcs { get; }

    public LearnedLexicon Lexicon { get; }

    public CodeHierarchy Hierarchy { get; }

    public Vocabulary Vocabulary { get; }

    public TermDictionary Dictionary { get; }

    public TokenTrie Trie { get; }

    public LearnedTarget[][] Targets { get; }

    /// <summary>A learned code in this edition's terms: ICD-10-CM codes mapped to a billable code, PCS codes kept only when valid.</summary>
    private LearnedTarget? Resolve(LexiconEntry entry)
    {
        var code = Icd10CmFormat.WithoutDot(entry.Code);
        if (entry.System == CodeSystems.Icd10Pcs)
        {
            return Pcs?.IsValid(code) == true || (code.Length == PartialPcsLength && _pcsRows.Contains(code))
                ? new LearnedTarget(CodeSystems.Icd10Pcs, code, entry.Precision, entry.Support, entry.Attested, entry.AttestedPrecision)
                : null;
        }

        return Hierarchy.DefaultBillable(code) is { } billable && billable == code
            ? new LearnedTarget(CodeSystems.Icd10Cm, billable, entry.Precision, entry.Support, entry.Attested, entry.AttestedPrecision)
            : Hierarchy.DefaultBillable(code) is { } fallback ? new LearnedTarget(CodeSystems.Icd10Cm, fallback, entry.Precision * 0.8, entry.Support, entry.Attested, entry.AttestedPrecision) : null;
    }

    public string DescriptionOf(string system, string code) => system == CodeSystems.Icd10Pcs
        ? Pcs?.Find(code)?.LongDescription ?? (code.Length == PartialPcsLength ? $"{Pcs?.TableTitle(code)} (partial: approach, device and qualifier not documented)" : code)
        : Description(code) is { Length: > 0 } description ? description : code;

    /// <summary>An ICD-10-CM code's long description (empty when the edition lacks it).</summary>
    public string Description(string icd10CmCode) => Edition.Codes.Find(icd10CmCode)?.LongDescription ?? string.Empty;

    /// <summary>The "use additional code" and "code also" notes a code carries or inherits, as one text (cached: read per encounter).</summary>
    public string AdditionalCodeNotes(string icd10CmCode) => _additionalCodeNotes.GetOrAdd(icd10CmCode, code => Edition.Notes is not { } notes ? string.Empty
        : string.Join(" ", notes.InheritedNotesFor(code, NoteKind.UseAdditionalCode).Concat(notes.InheritedNotesFor(code, NoteKind.CodeAlso)).Select(n => n.Note.Text)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _additionalCodeNotes = new(StringComparer.Ordinal);

    /// <summary>Unspecified codes whose sentence says a sibling's word, for a coder to confirm.</summary>
    public SpecificityDoubt SpecificityDoubt { get; }

    /// <summary>Unspecified-side codes whose mention states the side, made that side's code.</summary>
    public StatedSide StatedSide { get; }

    /// <summary>The code references of a code's "use additional code" and "code first" notes, inherited (cached: read per encounter).</summary>
    public SequencingNotes SequencingNotes(string icd10CmCode) => _sequencingNotes.GetOrAdd(icd10CmCode, code =>
    {
        if (Edition.Notes is not { } notes)
        {
            return new SequencingNotes([], [], false, false);
        }

        var codeFirst = notes.InheritedNotesFor(code, NoteKind.CodeFirst).Select(n => n.Note.Text).ToList();
        return new SequencingNotes(
            [.. NoteReferences.Of(notes, code, NoteKind.UseAdditionalCode).SelectMany(n => n.Ranges)],
            [.. NoteReferences.Of(notes, code, NoteKind.CodeFirst).SelectMany(n => n.Ranges)],
            codeFirst.Exists(text => text.Contains("underlying infection", StringComparison.OrdinalIgnoreCase)),
            codeFirst.Exists(text => text.Contains("underlying", StringComparison.OrdinalIgnoreCase)));
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SequencingNotes> _sequencingNotes = new(StringComparer.Ordinal);

    /// <summary>
    /// The codes an Excludes1 note of a code names for "that with ..." (N20 calculus of kidney and ureter: "that with
    /// hydronephrosis (N13.2)"): the combination that codes the condition instead (cached: read per encounter).
    /// </summary>
    public IReadOnlyList<NoteCodeRange> CombinationExcludes(string icd10CmCode) => _combinationExcludes.GetOrAdd(icd10CmCode, code =>
        Edition.Notes is not { } notes
            ? []
            : [.. NoteReferences.Of(notes, code, NoteKind.Excludes1).Where(n => n.Text.StartsWith("that with", StringComparison.OrdinalIgnoreCase)).SelectMany(n => n.Ranges)]);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<NoteCodeRange>> _combinationExcludes = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a code's Excludes1 notes (its own and inherited) name another code: leaving out notes that state their own
    /// exception ("..., except ...") and codes of the declaring code's own subtree, as the compliance edit reads them.
    /// </summary>
    public bool Excludes(string icd10CmCode, string other) => _excludes1.GetOrAdd(icd10CmCode, code =>
        Edition.Notes is not { } notes
            ? []
            : [.. NoteReferences.Of(notes, code, NoteKind.Excludes1).Where(n => !n.Text.Contains("except", StringComparison.OrdinalIgnoreCase))])
        .Any(n => !other.StartsWith(n.DeclaredAt, StringComparison.Ordinal) && n.Ranges.Any(r => r.Contains(other)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<NoteReference>> _excludes1 = new(StringComparer.Ordinal);

    public static string Display(string system, string code) => system == CodeSystems.Icd10Pcs ? code : Icd10CmFormat.WithDot(code);
}
