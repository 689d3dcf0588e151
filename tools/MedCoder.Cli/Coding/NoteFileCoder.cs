using System.Text;
using MedCoder.Coding;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Coding;

/// <summary>A note file's document id (its name without extension) and its codes, highest confidence first.</summary>
public sealed record CodedNote(string Document, IReadOnlyList<SuggestedCode> Codes, CodingRoute Route);

/// <summary>A note file read into memory: its file name and text.</summary>
public sealed record NoteFile(string FileName, string Text);

/// <summary>Codes note files, one encounter each, with the same setting and date of service.</summary>
public sealed class NoteFileCoder(IEncounterCoder coder, CareSetting setting, DateOnly dateOfService)
{
    /// <summary>
    /// Codes a throwaway note first: engines build their indexes on first use, and the notes/s
    /// figure should measure coding, not that.
    /// </summary>
    public void WarmUp() => coder.Code(NoteEncounters.From("warm-up.txt", "Warm-up.", setting, dateOfService));

    /// <summary>Reads note files (UTF-8): document id (file name without extension) and text, in the order given.</summary>
    public static IReadOnlyList<NoteFile> Read(IReadOnlyList<string> files) =>
        [.. files.Select(path => new NoteFile(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))];

    public CodedNote Code(NoteFile note)
    {
        var result = coder.Code(NoteEncounters.From(note.FileName, note.Text, setting, dateOfService));
        // OrderByDescending is stable: codes of equal confidence keep the engine's order.
        return new CodedNote(Path.GetFileNameWithoutExtension(note.FileName), result.Codes.OrderByDescending(c => c.Confidence).ToList(), result.Route);
    }

    /// <summary>Codes the notes in parallel; the results come back in the order of <paramref name="notes"/>.</summary>
    public IReadOnlyList<CodedNote> CodeAll(IReadOnlyList<NoteFile> notes, Action onCoded)
    {
        var coded = new CodedNote[notes.Count];
        Parallel.For(0, notes.Count, index =>
        {
            coded[index] = Code(notes[index]);
            onCoded();
        });
        return coded;
    }

    /// <summary>The notes of each path in turn (see the single-path overload).</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder with notes.</exception>
    public static IReadOnlyList<string> FindNotes(IEnumerable<string> paths) => [.. paths.SelectMany(FindNotes)];

    /// <summary>The file itself, or a folder's *.txt files (not its subfolders) in file-name order.</summary>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder with notes.</exception>
    public static IReadOnlyList<string> FindNotes(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        var files = Directory.GetFiles(path, "*.txt").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"{path}: no *.txt files in this folder", path);
    }
}
