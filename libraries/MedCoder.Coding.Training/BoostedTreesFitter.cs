using MedCoder.Coding.Learning;
using Node = MedCoder.Coding.Learning.BoostedTrees.Node;

namespace MedCoder.Coding.Training;

/// <summary>
/// Fits the engine's ranking model (<see cref="BoostedTrees"/>): Newton boosting of depth-limited trees, each split
/// chosen on per-feature histograms of gradient and hessian sums. Deterministic: no sampling, rows and features
/// visited in order, ties broken by the lower feature and bin.
/// </summary>
public static class BoostedTreesFitter
{
    /// <param name="Trees">Boosting rounds.</param>
    /// <param name="Depth">Largest depth of a tree (a depth-4 tree has at most 16 leaves).</param>
    /// <param name="LearningRate">Shrinkage of each tree's leaf values.</param>
    /// <param name="MinLeafRows">A split must leave at least this many rows on each side.</param>
    /// <param name="L2">Ridge on leaf values, which also damps splits with little hessian.</param>
    /// <param name="Bins">Value bins per feature (at most 256; one fewer candidate thresholds): between distinct values, or at quantiles when there are more.</param>
    public sealed record Options(int Trees = 100, int Depth = 4, double LearningRate = 0.1, int MinLeafRows = 60, double L2 = 0.01, int Bins = 255);

    public static BoostedTrees Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, Options? options = null)
    {
        options ??= new Options();
        if (options.Bins is < 2 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "bins are stored as bytes: 2 to 256");
        }

        var n = rows.Count;
        var d = n == 0 ? 0 : rows[0].Length;
        var positives = labels.Count(l => l);
        var bias = Math.Log((positives + 0.5) / (n - positives + 0.5));
        if (n == 0)
        {
            return new BoostedTrees(bias, [], []);
        }

        var thresholds = Enumerable.Range(0, d).Select(f => Cuts(rows.Select(r => r[f]), options.Bins)).ToArray();
        var binned = new byte[n * d];
        for (var i = 0; i < n; i++)
        {
            for (var f = 0; f < d; f++)
            {
                binned[(i * d) + f] = (byte)BinOf(thresholds[f], rows[i][f]);
            }
        }

        var score = new double[n];
        Array.Fill(score, bias);
        var gradient = new double[n];
        var hessian = new double[n];
        var nodes = new List<Node>();
        var roots = new List<int>();
        var order = new int[n];
        for (var t = 0; t < options.Trees; t++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-score[i]));
                gradient[i] = p - (labels[i] ? 1 : 0);
                hessian[i] = Math.Max(p * (1 - p), 1e-12);
                order[i] = i;
            }

            var tree = new TreeBuilder(binned, d, thresholds, gradient, hessian, options);
            tree.Grow(order, 0, n, 0);
            roots.Add(nodes.Count);
            nodes.AddRange(tree.Nodes);
            foreach (var (from, to, value) in tree.Leaves)
            {
                for (var k = from; k < to; k++)
                {
                    score[order[k]] += value;
                }
            }
        }

        return new BoostedTrees(bias, [.. nodes], [.. roots]);
    }

    /// <summary>Thresholds between consecutive distinct values (all of them, or at quantiles when there are more than <paramref name="bins"/>).</summary>
    private static double[] Cuts(IEnumerable<double> values, int bins)
    {
        var sorted = values.Order().ToArray();
        var distinct = sorted.Distinct().ToArray();
        var picks = distinct.Length <= bins
            ? distinct
            : Enumerable.Range(1, bins - 1).Select(k => sorted[k * sorted.Length / bins]).Distinct().ToArray();
        var cuts = new List<double>();
        foreach (var v in picks)
        {
            var next = Array.BinarySearch(distinct, v) + 1;
            if (next < distinct.Length)
            {
                cuts.Add((v + distinct[next]) / 2);
            }
        }

        return [.. cuts];
    }

    /// <summary>Index of the first threshold the value does not exceed; thresholds.Length when it exceeds all.</summary>
    private static int BinOf(double[] thresholds, double value)
    {
        var i = Array.BinarySearch(thresholds, value);
        return i >= 0 ? i : ~i;
    }

    /// <summary>Grows one depth-limited tree by best-gain splits; records each leaf's row range in <c>order</c>.</summary>
    private sealed class TreeBuilder(byte[] binned, int d, double[][] thresholds, double[] gradient, double[] hessian, Options options)
    {
        public List<Node> Nodes { get; } = [];

        public List<(int From, int To, double Value)> Leaves { get; } = [];

        public int Grow(int[] order, int from, int to, int depth)
        {
            var g = 0.0;
            var h = 0.0;
            for (var k = from; k < to; k++)
            {
                g += gradient[order[k]];
                h += hessian[order[k]];
            }

            var index = Nodes.Count;
            Nodes.Add(default);
            var split = depth < options.Depth ? BestSplit(order, from, to, g, h) : null;
            if (split is not { } s)
            {
                var value = -g / (h + options.L2) * options.LearningRate;
                Nodes[index] = new Node(-1, 0, 0, 0, value);
                Leaves.Add((from, to, value));
                return index;
            }

            var middle = Partition(order, from, to, s.Feature, s.Bin);
            var left = Grow(order, from, middle, depth + 1);
            var right = Grow(order, middle, to, depth + 1);
            Nodes[index] = new Node(s.Feature, thresholds[s.Feature][s.Bin], left, right, 0);
            return index;
        }

        private (int Feature, int Bin)? BestSplit(int[] order, int from, int to, double g, double h)
        {
            if (to - from < 2 * options.MinLeafRows)
            {
                return null;
            }

            var parent = g * g / (h + options.L2);
            var best = (Gain: 1e-9, Feature: -1, Bin: -1);
            for (var f = 0; f < d; f++)
            {
                var cuts = thresholds[f].Length;
                if (cuts == 0)
                {
                    continue;
                }

                var gradientSum = new double[cuts + 1];
                var hessianSum = new double[cuts + 1];
                var rowCount = new int[cuts + 1];
                for (var k = from; k < to; k++)
                {
                    var i = order[k];
                    var b = binned[(i * d) + f];
                    gradientSum[b] += gradient[i];
                    hessianSum[b] += hessian[i];
                    rowCount[b]++;
                }

                var (leftGradient, leftHessian, leftRows) = (0.0, 0.0, 0);
                for (var b = 0; b < cuts; b++)
                {
                    (leftGradient, leftHessian, leftRows) = (leftGradient + gradientSum[b], leftHessian + hessianSum[b], leftRows + rowCount[b]);
                    var rightRows = to - from - leftRows;
                    if (leftRows < options.MinLeafRows || rightRows < options.MinLeafRows)
                    {
                        continue;
                    }

                    var (rightGradient, rightHessian) = (g - leftGradient, h - leftHessian);
                    var gain = (leftGradient * leftGradient / (leftHessian + options.L2)) + (rightGradient * rightGradient / (rightHessian + options.L2)) - parent;
                    if (gain > best.Gain)
                    {
                        best = (gain, f, b);
                    }
                }
            }

            return best.Feature < 0 ? null : (best.Feature, best.Bin);
        }

        /// <summary>Stable partition of order[from..to): rows in bins ≤ <paramref name="bin"/> first; returns where the rest start.</summary>
        private int Partition(int[] order, int from, int to, int feature, int bin)
        {
            var right = new List<int>();
            var write = from;
            for (var k = from; k < to; k++)
            {
                var i = order[k];
                if (binned[(i * d) + feature] <= bin)
                {
                    order[write++] = i;
                }
                else
                {
                    right.Add(i);
                }
            }

            right.CopyTo(order, write);
            return write;
        }
    }
}
