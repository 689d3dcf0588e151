using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>A code the note supports, with the evidence gathered for it across mentions.</summary>
public sealed class Candidate(string system, string code)
{
    public string System { get; } = system;

    /// <summary>Without dot (ICD-10-CM) — formatted on output.</summary>
    public string Code { get; set; } = code;

    public double LearnedBest { get; set; }

    public double LearnedSecond { get; set; }

    /// <summary>Learned n-gram hits (every mention, every n-gram that points at this code).</summary>
    public int LearnedHits { get; set; }

    public double DictionaryBest { get; set; }

    /// <summary>Mentions found, and how many of them are asserted (not negated, uncertain, past, family or hypothetical).</summary>
    public int Mentions { get; set; }

    public int AssertedMentions { get; set; }

    /// <summary>Some mention is asserted without uncertainty.</summary>
    public bool Certain { get; set; }

    /// <summary>Earliest mention in a diagnosis section: (section priority, note, position); long.MaxValue when none.</summary>
    public long DiagnosticRank { get; set; } = long.MaxValue;

    /// <summary>
    /// Some mention names the condition (a code-book title, inclusion term, index entry, known abbreviation, status phrase or
    /// documented measurement) in an asserted statement about this patient and encounter; a claim codes nothing else.
    /// </summary>
    public bool Anchored { get; set; }

    /// <summary>Some mention is a direct, asserted statement in the final diagnostic statement (assessment, impression, discharge or postoperative diagnosis).</summary>
    public bool FinalStatement { get; set; }

    /// <summary>
    /// Some mention lies outside the history lists (past medical, past surgical, family history): in the HPI, an
    /// indication, the assessment or plan. That is how a note ties a history code to this visit's care, which is when a
    /// claim carries it (Guidelines IV.J; <see cref="HistoryCodes.NeedsTieToCare"/>).
    /// </summary>
    public bool NamedOutsideHistory { get; set; }

    /// <summary>Claim sequencing before the diagnostic statement's order: the encounter's reason (<see cref="ReasonPrecedence"/>), obstetric codes, the rest.</summary>
    public int Precedence { get; set; } = DefaultPrecedence;

    public const int ReasonPrecedence = 0;
    public const int ObstetricPrecedence = 1;
    public const int DefaultPrecedence = 2;

    /// <summary>History, status, long-term drug and measured codes: after the conditions (they explain, they are not why the patient came).</summary>
    public const int StatusPrecedence = 3;

    public long FirstPosition { get; set; } = long.MaxValue;

    public List<EvidenceSpan> Evidence { get; } = [];

    public string Rule { get; set; } = string.Empty;

    public double Raw { get; set; }

    public double Confidence { get; set; }

    /// <summary>Largest training support and longest n-gram among the learned hits.</summary>
    public int LearnedSupport { get; set; }

    public int LearnedWords { get; set; }

    /// <summary>Most training documents in which one of the matched n-grams was this code's own gold mention.</summary>
    public int LearnedAttested { get; set; }

    /// <summary>Best share of training documents with a matched n-gram in which it was this code's own gold mention.</summary>
    public double LearnedAttestedPrecision { get; set; }

    /// <summary>Noisy-OR of the learned hits' precisions: independent pieces of evidence add up.</summary>
    public double LearnedCombined { get; set; }

    public void AddLearned(double precision, int support, int words, int attested = 0, double attestedPrecision = 0)
    {
        LearnedHits++;
        LearnedAttested = Math.Max(LearnedAttested, attested);
        LearnedAttestedPrecision = Math.Max(LearnedAttestedPrecision, attestedPrecision);
        LearnedSupport = Math.Max(LearnedSupport, support);
        LearnedWords = Math.Max(LearnedWords, words);
        LearnedCombined = 1 - ((1 - LearnedCombined) * (1 - precision));
        if (precision > LearnedBest)
        {
            LearnedSecond = LearnedBest;
            LearnedBest = precision;
        }
        else if (precision > LearnedSecond)
        {
            LearnedSecond = precision;
        }
    }

    /// <summary>A code a rule reads from one span of a note (an event of the encounter, a status): anchored, asserted once.</summary>
    public static Candidate FromSpan(string system, string code, string rule, EvidenceSpan span, double confidence)
    {
        var candidate = new Candidate(system, code)
        {
            Rule = rule, Anchored = true, Certain = true, Mentions = 1, AssertedMentions = 1, Confidence = confidence, Raw = confidence,
            FirstPosition = ((long)span.NoteIndex << 40) | (long)span.Start,
        };
        candidate.AddEvidence(span);
        return candidate;
    }

    /// <summary>This candidate's reading and evidence under another code (a side the note states, a code a guideline adds in front).</summary>
    public Candidate CopyAs(string code)
    {
        var copy = new Candidate(System, code)
        {
            Rule = Rule, Anchored = Anchored, Certain = Certain, FinalStatement = FinalStatement, Precedence = Precedence,
            DiagnosticRank = DiagnosticRank, FirstPosition = FirstPosition, Confidence = Confidence, Raw = Raw,
            Mentions = Mentions, AssertedMentions = AssertedMentions, DictionaryBest = DictionaryBest, NamedOutsideHistory = NamedOutsideHistory,
        };
        Evidence.ForEach(copy.AddEvidence);
        return copy;
    }

    /// <summary>
    /// The candidate at <paramref name="index"/> read as another code (a fracture's Index path, a skin carcinoma's site):
    /// folded into that code when it is already a candidate (its evidence, statement rank and final statement), else copied
    /// under it. Returns whether the list lost the candidate, so a loop over it steps back.
    /// </summary>
    public static bool Recode(List<Candidate> candidates, int index, string code, string rule)
    {
        var c = candidates[index];
        if (candidates.Find(o => o.System == c.System && o.Code == code) is { } existing)
        {
            c.Evidence.ForEach(existing.AddEvidence);
            existing.DiagnosticRank = Math.Min(existing.DiagnosticRank, c.DiagnosticRank);
            existing.FinalStatement |= c.FinalStatement;
            candidates.RemoveAt(index);
            return true;
        }

        var recoded = c.CopyAs(code);
        recoded.Rule = rule;
        candidates[index] = recoded;
        return false;
    }

    /// <summary>
    /// Reads each candidate as the code <paramref name="recodeAs"/> gives it (null: as it is), by <see cref="Recode"/>; the
    /// rule given names the reading, else the candidate keeps its own.
    /// </summary>
    public static void RecodeEach(List<Candidate> candidates, Func<Candidate, string?> recodeAs, string? rule = null)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (recodeAs(c) is { } code && code != c.Code && Recode(candidates, i, code, rule ?? c.Rule))
            {
                i--;
            }
        }
    }

    /// <summary>Whether the two candidates were read from overlapping spans: two readings of one mention.</summary>
    public bool SharesEvidenceWith(Candidate other) =>
        Evidence.Exists(x => other.Evidence.Exists(y => x.NoteIndex == y.NoteIndex && x.Start < y.End && y.Start < x.End));

    /// <summary>Adds a mention's span unless it is there already or the list is full; the span is allocated only when kept.</summary>
    public void AddEvidence(int noteIndex, int start, int end)
    {
        foreach (var e in Evidence)
        {
            if (e.NoteIndex == noteIndex && e.Start == start && e.End == end)
            {
                return;
            }
        }

        if (Evidence.Count < 8)
        {
            Evidence.Add(new EvidenceSpan(noteIndex, start, end));
        }
    }

    public void AddEvidence(EvidenceSpan span)
    {
        foreach (var e in Evidence)
        {
            if (e == span)
            {
                return;
            }
        }

        if (Evidence.Count < 8)
        {
            Evidence.Add(span);
        }
    }
}
