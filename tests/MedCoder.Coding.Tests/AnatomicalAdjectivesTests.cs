using MedCoder.Coding.Matching;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>A note names the organ by its adjective ("mandibular fracture") where the code book names the organ ("Fracture of mandible").</summary>
public sealed class AnatomicalAdjectivesTests
{
    [Fact]
    public void Site_nouns_are_paired_with_the_adjectives_the_titles_also_use()
    {
        var pairs = AnatomicalAdjectives.Mine(
        [
            "Fracture of mandible", "Dislocation of mandible", "Mandibular hyperplasia",
            "Malignant neoplasm of cerebellum", "Hemorrhage in cerebellum", "Cerebellar ataxia",
            "Malignant neoplasm of larynx", "Injury of larynx", "Laryngeal spasm",
            "Malignant neoplasm of colon", "Polyp of colon", "Infantile colic",
            "Disorder of function", "Loss of function", "Functional dyspepsia",
        ]);

        Assert.Contains(("mandible", "mandibular"), pairs);
        Assert.Contains(("cerebellum", "cerebellar"), pairs);
        Assert.Contains(("larynx", "laryngeal"), pairs);
        Assert.DoesNotContain(pairs, p => p.Noun == "colon");     // "colic" is pain, not the colon's adjective
        Assert.DoesNotContain(pairs, p => p.Noun == "function");  // no bare "+al" ending
    }

    [Fact]
    public void A_fracture_named_by_the_bones_adjective_gets_the_bones_code() =>
        Assert.Contains("S02.609A", SharedCoder.Codes("ASSESSMENT: Closed mandibular fracture.", CareSetting.Emergency));
}
