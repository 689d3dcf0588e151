namespace MedCoder.Contracts;

/// <summary>Every pipeline message names the encounter, its revision and the correlation id of the submission.</summary>
public interface IEncounterMessage
{
    EncounterKey Key { get; }
    int Revision { get; }
    Guid CorrelationId { get; }
}
