namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// The delimiters every interchange MedCoder writes declares in its ISA (element *, repetition ^ in ISA11, component :
/// in ISA16, segment ~). X12 has no escape: data holding one of them cannot be sent, so it is refused
/// (<see cref="X12ContentException"/>), and Intake refuses it on the way in.
/// </summary>
public static class X12Delimiters
{
    public const char Element = '*';
    public const char Component = ':';
    public const char Repetition = '^';
    public const char Segment = '~';

    /// <summary>Printable ASCII (space to tilde) other than the four delimiters: the only characters an element may hold.</summary>
    public static bool IsAllowed(char c) => c is >= ' ' and <= '~' && c is not (Element or Component or Repetition or Segment);
}
