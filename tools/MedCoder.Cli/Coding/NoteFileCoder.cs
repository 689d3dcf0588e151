using System.Text;
using MedCoder.CodeSuggestion.Engine;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Coding;

/// <summary>A note file's document id (its name without extension) and its codes, highest confidence first.</summary>
public sealed record CodedNote(string Document, IReadOnlyList<SuggestedCode> Codes, CodingRoute Route);

/// <summary>Codes note files, one encounter each, with the same setting and date of service.</summary>
public sealed class NoteFileCoder(IEncounterCoder coder, CareSetting setting, DateOnly dateOfService)
{
    /// <summary>
    /// Codes a throwaway note first: engines build their indexes on first use, and the notes/s
    /// figure should measure coding, not that.
    /// </summary>
    public void WarmUp() => coder.Code(NoteEncounters.From("warm-up.txt", "Warm-up.", setting, dateOfService));

    public CodedNote Code(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var result = coder.Code(NoteEncounters.From(Path.GetFileName(path), text, setting, dateOfService));
        // OrderByDescending is stable: codes of equal confidence keep the engine's order.
        return new CodedNote(Path.GetFileNameWithoutExtension(path), result.Codes.OrderByDescending(c => c.Confidence).ToList(), result.Route);
    }

    /// <summary>Codes the files in parallel; the results come back in the order of <paramref name="files"/>.</summary>
    public IReadOnlyList<CodedNote> CodeAll(IReadOnlyList<string> files, Action onCoded)
    {
        var coded = new CodedNote[files.Count];
        Parallel.ForEach(files, (file, _, index) =>
        {
            coded[index] = Code(file);
            onCoded();
        });
        return coded;
    }

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
