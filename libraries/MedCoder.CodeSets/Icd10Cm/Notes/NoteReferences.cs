using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>A code or range a Tabular List note names: "E10.-" (E10 and below), "P70.2", "N86-N88" (categories N86 to N88).</summary>
public sealed record NoteCodeRange(string From, string To)
{
    /// <summary>Whether a code (without dot) falls in the range: below a code named, or in a range of categories.</summary>
    public bool Contains(string code) =>
        From == To
            ? code.StartsWith(From, StringComparison.Ordinal)
            : string.CompareOrdinal(code[..Math.Min(code.Length, From.Length)], From) >= 0 && string.CompareOrdinal(code[..Math.Min(code.Length, To.Length)], To) <= 0;
}

/// <summary>One note of a code (own or inherited) with the code ranges its text names.</summary>
public sealed record NoteReference(string DeclaredAt, string Text, IReadOnlyList<NoteCodeRange> Ranges);

/// <summary>
/// The codes Tabular List notes name, read from the note text in parentheses ("type 1 diabetes mellitus (E10.-)")
/// once per code and note kind and kept per notes table: the compliance edits and the coding engine's sequencing ask
/// for the same few thousand codes all day.
/// </summary>
public static partial class NoteReferences
{
    private static readonly ConditionalWeakTable<TabularNotes, ConcurrentDictionary<(string, NoteKind), NoteReference[]>> Cache = new();

    public static IReadOnlyList<NoteReference> Of(TabularNotes notes, string code, NoteKind kind) =>
        Cache.GetOrCreateValue(notes).GetOrAdd((Icd10CmFormat.WithoutDot(code), kind), key =>
            [.. notes.InheritedNotesFor(key.Item1, key.Item2).Select(n => new NoteReference(n.DeclaredAt, Clean(n.Note.Text), Ranges(n.Note.Text))).Where(n => n.Ranges.Count > 0)]);

    /// <summary>A note continues its heading ("Code first, if applicable, ..."): the text without the leading comma reads on its own.</summary>
    private static string Clean(string text) => text.TrimStart(',', ' ');

    /// <summary>The code ranges a note's text names.</summary>
    public static NoteCodeRange[] Ranges(string text) =>
        [.. CodeReference().Matches(text).Select(m => new NoteCodeRange(Bare(m.Groups["from"].Value), Bare(m.Groups["to"].Success && m.Groups["to"].Length > 0 ? m.Groups["to"].Value : m.Groups["from"].Value)))];

    private static string Bare(string code) => Icd10CmFormat.WithoutDot(code.TrimEnd('-', '.'));

    [GeneratedRegex(@"(?<![A-Z0-9])(?<from>[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?-?)(?:-(?<to>[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?-?))?(?![A-Z0-9])")]
    private static partial Regex CodeReference();
}
