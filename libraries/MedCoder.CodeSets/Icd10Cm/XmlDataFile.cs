using System.Xml;
using System.Xml.Linq;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>Loads the CDC XML files with line numbers kept, so every format error can name the line.</summary>
internal static class XmlDataFile
{
    public static XElement LoadRoot(string path, string expectedRoot)
    {
        XDocument document;
        try
        {
            using var input = DataFile.OpenRead(path);
            using var reader = XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new CodeSetFormatException(path, e.LineNumber, $"not well-formed XML: {e.Message}");
        }

        var root = document.Root!;
        return string.Equals(root.Name.LocalName, expectedRoot, StringComparison.Ordinal)
            ? root
            : throw Fail(path, root, $"root element is <{root.Name.LocalName}>, expected <{expectedRoot}>");
    }

    public static CodeSetFormatException Fail(string path, XObject at, string problem) =>
        new(path, ((IXmlLineInfo)at).LineNumber, problem);

    /// <summary>The text of a required child element, cleaned of layout whitespace.</summary>
    public static string RequiredText(string path, XElement parent, string child) =>
        parent.Element(child) is { } element && CodeText.Clean(element.Value) is { Length: > 0 } text
            ? text
            : throw Fail(path, parent, $"<{parent.Name.LocalName}> has no <{child}>");
}
