using MedCoder.Contracts;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Validation;

public sealed record ValidationRecord(string Id, EncounterKey Key, int Revision, bool Passed, IReadOnlyList<EditFinding> Findings, DateTimeOffset ValidatedAt);
