namespace MedCoder.ClaimAssembly.X12;

/// <summary>One parsed segment: its id and elements (1-based, as the guides number them; absent ones read as "").</summary>
public sealed record X12Segment(string Id, IReadOnlyList<string> Elements, char ComponentSeparator)
{
    public string this[int position] => position >= 1 && position <= Elements.Count ? Elements[position - 1] : "";

    /// <summary>The components of a composite element (1-based; absent ones read as "").</summary>
    public string Component(int position, int component)
    {
        var parts = this[position].Split(ComponentSeparator);
        return component >= 1 && component <= parts.Length ? parts[component - 1] : "";
    }

    public IReadOnlyList<string> Components(int position) => this[position].Length == 0 ? [] : this[position].Split(ComponentSeparator);

    /// <summary>The elements that hold anything (HI01..HI12 entries, SV107's pointers).</summary>
    public IEnumerable<string> NonEmptyFrom(int position) => Elements.Skip(position - 1).Where(e => e.Length > 0);
}
