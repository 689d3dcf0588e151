using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>An encounter is coded against one snapshot of the code sets: the releases in force on its date of service.</summary>
public sealed class DateOfServiceTests
{
    [Fact]
    public void The_code_sets_are_looked_up_once_per_encounter_and_the_version_comes_from_that_snapshot()
    {
        var codeSets = new RecordingCodeSets(SharedCoder.CodeSets.Value);
        var coder = new ClinicalCoder(codeSets);
        var date = new DateOnly(2025, 11, 3);

        var result = coder.Code(TestEncounters.WithNote("ED COURSE: Dexamethasone 10 mg IV given.\nASSESSMENT: Essential (primary) hypertension.", date, CareSetting.Emergency));

        Assert.Equal([date], codeSets.Asked);
        Assert.Equal(codeSets.For(date).Icd10Cm.Release.Codes.Version, result.CodeSetVersion);
        Assert.Contains(result.Codes, c => c.System == CodeSystems.Hcpcs && c.Code == "J1100");
        Assert.Contains(result.Codes, c => c.Code == "I10");
    }

    /// <summary>The shared code sets, remembering every date of service asked for.</summary>
    private sealed class RecordingCodeSets(ICodeSets codeSets) : ICodeSets
    {
        private readonly List<DateOnly> _asked = [];

        public IReadOnlyList<DateOnly> Asked
        {
            get
            {
                lock (_asked)
                {
                    return [.. _asked];
                }
            }
        }

        public IReadOnlyList<LoadedVersion> Versions => codeSets.Versions;

        public IEnumerable<Icd10CmEdition> Icd10CmEditions => codeSets.Icd10CmEditions;

        public CodeSetSnapshot For(DateOnly dateOfService)
        {
            lock (_asked)
            {
                _asked.Add(dateOfService);
            }

            return codeSets.For(dateOfService);
        }

        public CodeSetSnapshot For(DateOnly dateOfService, string? pinnedIcd10CmVersion)
        {
            lock (_asked)
            {
                _asked.Add(dateOfService);
            }

            return codeSets.For(dateOfService, pinnedIcd10CmVersion);
        }

        public IEnumerable<LoadedTable> ReleasesOf(SourceKind kind) => codeSets.ReleasesOf(kind);
    }
}
