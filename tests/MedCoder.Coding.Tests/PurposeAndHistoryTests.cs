using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Past and family conditions on a claim become status codes (Guidelines I.C.21.c.4, I.C.9.e.4); an index
/// (CodiEsp-style abstraction) lists every condition mentioned, negated ones included.
/// </summary>
public sealed class PurposeAndHistoryTests
{
    private static readonly Lazy<ClinicalCoder> Indexer = new(() => new ClinicalCoder(SharedCoder.CodeSets.Value, CodingPurpose.Index));

    [Fact]
    public void A_past_cancer_is_coded_as_personal_history_not_as_an_active_neoplasm()
    {
        var codes = Codes("HISTORY: History of malignant neoplasm of prostate, treated in 2015, no current treatment.\nASSESSMENT: Essential (primary) hypertension.");

        Assert.Contains("Z85.46", codes);
        Assert.DoesNotContain("C61", codes);
    }

    [Fact]
    public void A_past_myocardial_infarction_is_coded_as_old_infarction()
    {
        var codes = Codes("PAST MEDICAL HISTORY: History of acute myocardial infarction.\nASSESSMENT: Essential (primary) hypertension.");

        Assert.Contains("I25.2", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("I21", StringComparison.Ordinal));
    }

    [Fact]
    public void A_family_history_of_colon_cancer_is_coded_as_family_history()
    {
        var codes = Codes("HPI: Here to discuss screening given her mother's malignant neoplasm of colon.\nFAMILY HISTORY: Mother with malignant neoplasm of colon.\nASSESSMENT: Essential (primary) hypertension.");

        Assert.Contains("Z80.0", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("C18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negated_history_gets_no_status_code()
    {
        var codes = Codes("HISTORY: No history of malignant neoplasm of prostate.\nASSESSMENT: Essential (primary) hypertension.");

        Assert.DoesNotContain("Z85.46", codes);
    }

    [Fact]
    public void The_index_lists_negated_mentions_that_the_claim_leaves_out()
    {
        const string note = "A 29-year-old woman with right flank pain. No history of nephrolithiasis or hematuria.";

        var claim = Codes(note, CareSetting.Inpatient);
        var index = Indexer.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient)).Codes.Select(c => c.Code).ToList();

        Assert.Contains("R31.9", index);
        Assert.DoesNotContain("R31.9", claim);
        Assert.Contains("N20.0", index);
        Assert.DoesNotContain("N20.0", claim);
    }
}
