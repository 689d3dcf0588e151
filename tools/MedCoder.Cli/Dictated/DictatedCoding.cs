using MedCoder.Cli.Coding;
using MedCoder.Coding;
using MedCoder.Coding.Training.Dictated;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Dictated;

/// <summary>A dictated note and what the engine made of it.</summary>
public sealed record DictatedCoding(DictatedNote Note, CodingResult Result)
{
    /// <summary>The note as the engine's input: its own setting, date of service, and a patient of its age and sex.</summary>
    public static Encounter Encounter(DictatedNote note) =>
        NoteEncounters.From(note.Id + ".txt", note.Text, note.Setting, note.DateOfService, new Patient(note.Id, note.DateOfService.AddYears(-note.Age), note.Sex));

    /// <summary>Codes the notes in parallel; the results come back in the order of <paramref name="notes"/>.</summary>
    public static IReadOnlyList<DictatedCoding> CodeAll(IEncounterCoder engine, IReadOnlyList<DictatedNote> notes)
    {
        var coded = new DictatedCoding[notes.Count];
        Parallel.For(0, notes.Count, index => coded[index] = new DictatedCoding(notes[index], engine.Code(Encounter(notes[index]))));
        return coded;
    }

    /// <summary>As <c>medcoder code</c> reports a note: its codes highest confidence first (stable: equals keep the engine's order).</summary>
    public CodedNote AsCodedNote() => new(Note.Id, [.. Result.Codes.OrderByDescending(c => c.Confidence)], Result.Route);
}
