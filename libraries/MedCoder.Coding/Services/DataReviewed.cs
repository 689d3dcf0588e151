using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Services;

/// <summary>
/// MDM element 2, amount and complexity of data reviewed and analysed (CPT E/M guidelines).
/// Limited: two of {external notes, unique test results, unique tests ordered}, or an independent historian.
/// Moderate: one of three categories — (1) three of {external notes, unique tests, independent historian},
/// (2) independent interpretation of a test, (3) discussion of management with an external physician.
/// Extensive: two of those three categories.
/// </summary>
public static class DataReviewed
{
    private static readonly NoteCues ExternalNotes = new(
        "outside (?:hospital )?(?:records|notes)", "external (?:records|notes)", "records from", "notes from", "prior records reviewed");

    private static readonly NoteCues IndependentHistorian = new(
        "independent historian", "history (?:was )?(?:obtained|provided|given) by", "history (?:was )?(?:obtained|provided) from",
        "per (?:his|her|the) (?:mother|father|parents?|wife|husband|spouse|daughter|son|caregiver|family)", "per EMS");

    private static readonly NoteCues IndependentInterpretation = new(
        "independent(?:ly)? interpret\\w*", "my (?:own |independent )?(?:interpretation|read)",
        "personally (?:reviewed|viewed|interpreted) the (?:images?|films?|tracing|ECG|EKG|x-?ray|CT|MRI)");

    private static readonly NoteCues ExternalDiscussion = new(
        @"(?:discuss(?:ed)?|spoke|conferred)\b[^.;\n]{0,40}\b(?:Dr\.?|consultant|cardiolog\w*|surg\w*|hospitalist|oncolog\w*|neurolog\w*|nephrolog\w*|gastroenterolog\w*|specialist|PCP|primary care)");

    public static MdmElement In(string text, int noteIndex)
    {
        var tests = UniqueTests.In(text, noteIndex);
        var notes = ExternalNotes.In(text, noteIndex).Take(1).ToList(); // one source unless the note says otherwise; conservative
        var historian = IndependentHistorian.In(text, noteIndex).Take(1).ToList();
        var interpretation = IndependentInterpretation.In(text, noteIndex).Take(1).ToList();
        var discussion = ExternalDiscussion.In(text, noteIndex).Take(1).ToList();

        var combination = tests.Concat(notes).Concat(historian).ToList();
        var categories = new[] { combination.Count >= 3 ? combination : null, interpretation.Count > 0 ? interpretation : null, discussion.Count > 0 ? discussion : null }
            .OfType<List<EvidenceSpan>>()
            .ToList();
        if (categories.Count >= 2)
        {
            return new MdmElement(MdmLevel.High, [.. categories.SelectMany(c => c)], true);
        }

        if (categories.Count == 1)
        {
            return new MdmElement(MdmLevel.Moderate, categories[0], true);
        }

        var testsAndNotes = tests.Concat(notes).ToList();
        if (testsAndNotes.Count >= 2 || historian.Count > 0)
        {
            return new MdmElement(MdmLevel.Low, historian.Count > 0 ? historian : testsAndNotes, true);
        }

        return testsAndNotes.Count == 1 ? new MdmElement(MdmLevel.Straightforward, testsAndNotes, true) : MdmElement.NotDocumented;
    }
}
