namespace MedCoder.ClaimAssembly.X12;

/// <summary>A value that cannot go into an X12 element (a delimiter, non-ASCII, too long). Names the element, never the value (PHI).</summary>
public sealed class X12ContentException(string element, string problem) : Exception($"X12 element {element} {problem}")
{
    public string Element { get; } = element;
}
