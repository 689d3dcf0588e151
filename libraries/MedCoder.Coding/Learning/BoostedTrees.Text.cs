using System.Globalization;
using System.Text;

namespace MedCoder.Coding.Learning;

/// <summary>The text form the lexicon file stores: one line per tree.</summary>
public sealed partial class BoostedTrees
{
    /// <summary>One tree per line: nodes in order, a leaf as its value, a split as feature:threshold:left:right (indexes within the tree).</summary>
    public IEnumerable<string> WriteTrees()
    {
        for (var t = 0; t < _roots.Length; t++)
        {
            var end = t + 1 < _roots.Length ? _roots[t + 1] : _nodes.Length;
            var line = new StringBuilder();
            for (var k = _roots[t]; k < end; k++)
            {
                var node = _nodes[k];
                line.Append(k == _roots[t] ? string.Empty : " ");
                line.Append(node.Feature < 0
                    ? ExactNumber.Format(node.Value)
                    : string.Create(CultureInfo.InvariantCulture, $"{node.Feature}:{ExactNumber.Format(node.Threshold)}:{node.Left}:{node.Right}"));
            }

            yield return line.ToString();
        }
    }

    /// <summary>Reads trees written by <see cref="WriteTrees"/>; a malformed tree is refused, not walked.</summary>
    public static BoostedTrees ReadTrees(double bias, IEnumerable<string> lines)
    {
        var nodes = new List<Node>();
        var roots = new List<int>();
        foreach (var line in lines)
        {
            roots.Add(nodes.Count);
            var fields = line.Split(' ');
            for (var k = 0; k < fields.Length; k++)
            {
                var parts = fields[k].Split(':');
                var node = parts.Length == 1
                    ? new Node(-1, 0, 0, 0, ExactNumber.Parse(parts[0]))
                    : new Node(Index(parts[0]), ExactNumber.Parse(parts[1]), Index(parts[2]), Index(parts[3]), 0);

                // Children come after their parent and inside the tree, so every walk ends at a leaf.
                if (node.Feature >= 0 && (node.Left <= k || node.Right <= k || node.Left >= fields.Length || node.Right >= fields.Length))
                {
                    throw new InvalidDataException($"tree {roots.Count}: node {k} points outside the nodes after it");
                }

                nodes.Add(node);
            }
        }

        return new BoostedTrees(bias, [.. nodes], [.. roots]);
    }

    private static int Index(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
